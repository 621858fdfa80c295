"""Leaves every stage uses: `lexicon` (the only reader of bot/data/), `sentences`, `words`."""
