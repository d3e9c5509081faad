import sys

from assetmap.cli import main

sys.exit(main())
