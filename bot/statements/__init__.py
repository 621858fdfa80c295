"""Stage 3, text → [Statement], pure: `extractor` (the stage), `quotes`, `attribution`,
`speakers`, `kinds`, `pairing` (denial → claim within an article), `linking` (across articles)."""
