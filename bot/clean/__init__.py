"""Stage 2, Document → Article: `article` (the stage), `metadata`, `extract` (body text),
`furniture` ("Read more", "Share"), `canonical` (URLs), `summary`."""
