"""The whiteboard canvas: rendering, input, tools, undo and export (QtGui/QtWidgets over the ink model)."""
