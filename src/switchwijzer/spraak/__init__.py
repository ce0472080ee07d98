"""Reading aloud: the voice (eSpeak NG through ctypes), players, and reading sentences in a thread.

The text to read comes from `switchwijzer.uitleg.voorlezen` (the answer model and the questions); this package
only turns sentences into sound. It never imports Textual; the wizard's part is `switchwijzer.tui.voorlezen`.
"""
