"""Entry point of the PyInstaller bundle (absolute imports: the bundle runs this file as __main__)."""

import multiprocessing

from astegni_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the PDF export's worker process is this executable started again
    raise SystemExit(main())
