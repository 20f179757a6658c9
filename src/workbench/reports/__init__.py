"""Printed documents (reportlab platypus, A4, DejaVu fonts shipped in ``resources/fonts``).

Layering: ``reports`` imports only ``domain``; casework builds each document's plain input.
"""
