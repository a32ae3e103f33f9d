"""The git hooks themselves: pre-commit and pre-push logic, install/uninstall and the fail-closed policy."""
