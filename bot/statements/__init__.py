"""Stage 3, text → [Statement], pure: `extractor` (the stage), `quotes`, `attribution` (pattern
rules), `syntax` (the dependency parse), `verdict` (the outlet's own voice), `speakers`, `kinds`,
`pairing` (denial → claim within an article), `linking` (across articles)."""
