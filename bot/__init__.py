"""Counterclaim's core: who claimed what in the news, and who denied it.

Stages, in the order data flows (one package each):
  fetch (SOURCE → Document) → clean (→ Article) → statements (→ [Statement], pure)
  → ingest / stories (store, link, share) → timeline (a claim's steps across stories)
  → answer (question → Answer, inline results) and digest (which marks "newly denied" claims).
Beside them: the leaves config, models, errors and text (lexicon, sentences, words); render
(Telegram HTML for every interface); cli (the command line, the composition root);
fake_telegram (a fake Bot API for the console and the tests).

Import rules (import-linter contracts in pyproject.toml, run by `make lint` and a test):
  1. config, models, errors and text import nothing else of the project.
  2. A stage imports the leaves, render and earlier stages only.
  3. storage imports only bot.models; only ingest, stories, timeline (load, changes,
     followups), answer.ask, answer.inline, digest.load, cli and handlers touch storage.
  4. telegram is imported only in handlers (and bot.cli, lazily); fake_telegram imports nothing
     of the project, and only bot.cli.console and the tests import it.
  5. No cycles; no imports inside functions but the documented lazy loads in bot.cli.
"""
