"""Errors the user can act on. Each carries one plain sentence naming the file (and row)."""


class AssetmapError(Exception):
    """A problem to report to the user in one line, never as a traceback."""


class ProjectFileError(AssetmapError):
    pass


class NewerSchemaError(ProjectFileError):
    pass


class ImportProblem(AssetmapError):
    """An import refused as a whole; ``problems`` lists (row, message) pairs."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]) -> None:
        self.path = path
        self.problems = problems
        first_row, first = problems[0]
        where = f"{path}, row {first_row}" if first_row is not None else path
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(f"{where}: {first}{more}; nothing was imported")
