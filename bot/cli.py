"""The command line: `counterclaim [--db PATH] COMMAND ..."""


def main(argv: list[str] | None = None) -> int:
    return 0
