"""deploy/: the Zero to JupyterHub config is valid, names every class setting, and its hook keeps learners apart."""

from __future__ import annotations

import copy
import re
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from test_environment import pinned_in_pyproject

from newslit.learners.hub import pull_link

from conftest import REPO

yaml = pytest.importorskip("yaml", reason="pyyaml is in the test extra")
jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")

DEPLOY = REPO / "deploy"


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load((DEPLOY / "values.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator():
    schema = yaml.safe_load((DEPLOY / "z2jh-values.schema.yaml").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_values_follow_the_z2jh_schema(values, validator):
    assert [error.message for error in validator.iter_errors(values)] == []


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("singleuser", "memmory"), {"limit": "1G"}),  # a typo
        (("singleuser", "memory", "limit"), ["1G"]),  # a wrong type
        (("cull", "timeout"), "an hour"),
        (("singleuser", "image"), {"name": "x"}),  # no tag
    ],
    ids=["typo", "memory-list", "timeout-words", "image-without-tag"],
)
def test_the_schema_refuses_a_broken_config(values, validator, path, bad):
    broken = copy.deepcopy(values)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    assert list(validator.iter_errors(broken)), f"{'.'.join(path)} = {bad!r} should be refused"


def test_values_name_every_class_setting(values):
    user = values["singleuser"]
    assert user["image"]["name"] and user["image"]["tag"]
    assert {"limit", "guarantee"} <= set(user["memory"]) and {"limit", "guarantee"} <= set(user["cpu"])
    assert values["cull"]["enabled"] is True and values["cull"]["timeout"] > 0
    (culling,) = user["extraFiles"].values()
    assert culling["mountPath"].endswith(".json") and culling["data"]["MappingKernelManager"]["cull_idle_timeout"] > 0
    assert user["extraEnv"]["NEWSLIT_CLASS_DIR"] == "/srv/newslit-class"
    assert {"name": "newslit-class", "persistentVolumeClaim": {"claimName": "newslit-class"}} in user["storage"][
        "extraVolumes"
    ]
    claim = yaml.safe_load((DEPLOY / "class-volume.yaml").read_text(encoding="utf-8"))
    assert claim["metadata"]["name"] == "newslit-class" and claim["spec"]["accessModes"] == ["ReadWriteMany"]


def test_the_default_url_is_the_link_newslit_class_link_prints(values):
    default = urlsplit(values["singleuser"]["defaultUrl"])
    assert default.path == "/git-pull"
    query = parse_qs(default.query)
    link = urlsplit(pull_link("https://hub.school.example", query["repo"][0], query["branch"][0]))
    assert parse_qs(link.query) == query


def run_hook(values, name, admin):
    """Run the values' extraConfig as the hub would, then its spawn hook for one user."""
    config = SimpleNamespace(KubeSpawner=SimpleNamespace())
    for snippet in values["hub"]["extraConfig"].values():
        exec(compile(snippet, "extraConfig", "exec"), {"c": config})  # noqa: S102 - our own file, as the hub runs it
    spawner = SimpleNamespace(user=SimpleNamespace(name=name, admin=admin), volume_mounts=[], init_containers=[])
    config.KubeSpawner.pre_spawn_hook(spawner)
    return spawner


def test_a_learner_mounts_only_their_own_hand_in_folder(values):
    spawner = run_hook(values, "zoë.k", admin=False)
    (mount,) = spawner.volume_mounts
    assert mount["mountPath"] == values["singleuser"]["extraEnv"]["NEWSLIT_CLASS_DIR"]
    assert re.fullmatch(r"hand-in/[a-z0-9-]+", mount["subPath"]) and not mount.get("readOnly")
    (init,) = spawner.init_containers
    assert f"chown 1000:100 /class/{mount['subPath']}" in init["command"][-1]


def test_a_teacher_reads_the_whole_class_read_only(values):
    (mount,) = run_hook(values, "teacher", admin=True).volume_mounts
    assert mount == {"name": "newslit-class", "mountPath": "/srv/newslit-class", "subPath": "hand-in", "readOnly": True}


def test_learners_with_similar_names_get_different_folders(values):
    names = ["zoë", "zoe", "zo-e", "Zoe", "zo.e", "zo_e"]
    folders = {run_hook(values, name, admin=False).volume_mounts[0]["subPath"] for name in names}
    assert len(folders) == len(names)


def test_the_image_pins_the_same_packages_and_adds_nbgitpuller():
    pins = {}
    for line in (DEPLOY / "image" / "environment.yml").read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"\s*-\s*([A-Za-z0-9_.-]+)\s*=\s*([\w.]+)\s*", line)
        if match and match.group(1) != "python":
            pins[match.group(1).lower()] = match.group(2)
    assert pins.pop("nbgitpuller") and pins == pinned_in_pyproject()
