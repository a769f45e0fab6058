"""One style sheet for the whole window: calm colours, large readable numbers."""

STYLE_SHEET = """
QListWidget#navigation {
    background: #1f4e5f; color: #ffffff; border: none; font-size: 14px;
    padding-top: 8px; outline: 0;
}
QListWidget#navigation::item { padding: 10px 14px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected {
    background: #2d6a7f; border-left: 4px solid #f2c14e; color: #ffffff;
}
QListWidget#navigation::item:hover:!selected { background: #285d70; }
QLabel#brand { color: #ffffff; background: #1f4e5f; font-size: 16px; font-weight: bold;
    padding: 14px 14px 4px 14px; }
QLabel#pageTitle { font-size: 22px; font-weight: bold; color: #1f4e5f; }
QLabel#pageSubtitle { font-size: 14px; color: #444444; }
QLabel#sectionTitle { font-size: 15px; font-weight: bold; color: #1f4e5f; margin-top: 8px; }
QLabel#hint { color: #5f6368; }
QFrame#card { background: #f4f8f9; border: 1px solid #d5e3e8; border-radius: 8px; }
QLabel#cardTitle { color: #1f4e5f; font-weight: bold; font-size: 13px; }
QLabel#cardValue { font-size: 28px; font-weight: bold; color: #202124; }
QLabel#cardDetail { color: #5f6368; font-size: 12px; }
QLabel#warning { color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d;
    border-radius: 4px; padding: 6px 8px; }
QPushButton#primary { background: #1f4e5f; color: #ffffff; border: none; border-radius: 4px;
    padding: 7px 16px; font-weight: bold; }
QPushButton#primary:hover { background: #2d6a7f; }
QPushButton#primary:disabled { background: #9bb3bc; }
"""
