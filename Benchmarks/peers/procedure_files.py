"""The procedure files of definitions trees, as tthc finds them: every `.yaml` below a
tree's root, not the registries at the root itself. Shared by the peer scripts."""
import os


def procedure_files(roots):
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                if name.endswith(".yaml") and folder != root:
                    yield os.path.join(folder, name)
