"""Stage 6, the digest of what a chat shared: `compose` (pure), `load` (from the repository),
`schedule` (zones, next runs, retries)."""
