"""Files in and out of a project: the GeoPackage store, importers and exporters. No Qt here."""
