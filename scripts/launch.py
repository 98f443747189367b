"""Entry point of the PyInstaller bundle (absolute imports: the bundle runs this file as __main__)."""

from astegni_desktop.app import main

raise SystemExit(main())
