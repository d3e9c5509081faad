"""Pure analysis functions over a project: network metrics and spatial coverage. No Qt here."""
