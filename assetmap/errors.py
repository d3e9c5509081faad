"""Errors the user can act on. Each carries one plain sentence naming the file (and row)."""

from assetmap.model.wording import say


class AssetmapError(Exception):
    """A problem to report to the user in one line, never as a traceback."""


class ProjectFileError(AssetmapError):
    pass


class NewerSchemaError(ProjectFileError):
    pass


class UnknownCoordinateSystem(AssetmapError):
    """A map file that does not say how its positions are written: the window asks."""


class ImportProblem(AssetmapError):
    """An import refused as a whole; ``problems`` lists (row, message) pairs."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]) -> None:
        self.path = path
        self.problems = problems
        first_row, first = problems[0]
        where = say("{path}, row {row}", path=path, row=first_row) if first_row is not None else path
        if len(problems) > 1:
            message = say("{where}: {problem} (and {count} more problem(s)); nothing was imported",
                          where=where, problem=first, count=len(problems) - 1)
        else:
            message = say("{where}: {problem}; nothing was imported", where=where, problem=first)
        super().__init__(message)
