"""Text for spreadsheets that cannot run as a formula."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A cell beginning with = + - @ would run as a formula in Excel or LibreOffice (CSV
    injection); a leading apostrophe makes the spreadsheet show it as plain text."""
    return f"'{text}" if text and text.startswith(FORMULA_STARTS) else text
