"""Stage 2, Document → Article: `article` (the stage), `extract` (body text, chosen by
`consensus`), `link_lines`, `furniture` ("Read more", "Share"), `metadata`, `page_metadata`,
`claim_review`, `canonical` (URLs), `summary`."""
