"""assetmap: offline desktop GIS for asset-based community mapping."""

__version__ = "0.1.0"
