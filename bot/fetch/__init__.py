"""Stage 1, SOURCE → Document: `sources` (a URL, a file or stdin), `client` (safe HTTP),
`addresses` (which hosts may be fetched), `decompress` and `decode` (bytes to text)."""
