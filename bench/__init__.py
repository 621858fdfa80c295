"""Benchmarks and development-set evaluations."""
