"""Teaching tools as pure geometry: shape recognition, function plots, typeset equations and instruments.

Nothing here imports QtWidgets; the canvas wraps these modules in tools (`canvas/tools/`).
"""
