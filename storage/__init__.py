"""Counterclaim."""
