"""Counterclaim tests."""
