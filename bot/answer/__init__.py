"""Stage 5, question → Answer: `question` (parsing), `actors`, `ranking`, `decide` (pure:
score, decide, word) and `ask` (the only I/O: retrieval from the repository)."""
