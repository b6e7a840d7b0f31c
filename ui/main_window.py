"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from workshop import commands
from workshop.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"OKR Workshop — {store.location}")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel("Workshops in this file"))
        self.workshop_list = QListWidget()
        self.workshop_list.setAccessibleName("Workshops")
        layout.addWidget(self.workshop_list)
        self.setCentralWidget(body)
        self.resize(1280, 800)
        self.refresh()

    def refresh(self) -> None:
        self.workshop_list.clear()
        for summary in commands.list_workshops(self.store):
            cycle = f" · {summary.cycle_label}" if summary.cycle_label else ""
            self.workshop_list.addItem(f"{summary.team}{cycle}")
