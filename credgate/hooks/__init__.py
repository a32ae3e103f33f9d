"""Git sources, hook entry points and installer, and the CodeBuild / CodeCommit gate."""
