"""A claim's timeline across a chat's stories, built on what ingest stored and linked; the
digest ("newly denied") and the handlers use it: `steps` (pure: steps, status), `text` (pure:
HTML and JSON wording), `load` (find the claim, follow the links through the repository),
`changes` (status changes since a time) and `followups` (replies to an earlier story's card)."""
