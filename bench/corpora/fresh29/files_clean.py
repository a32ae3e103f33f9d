"""fresh29 templates, files with no label and no decoy: service READMEs, Kubernetes Services, Terraform
outputs, Makefiles, task-card and parts reference data. Markers: none."""

from .files_iac import SVCS

FILES = []

for i, (svc, what, eng, rtype) in enumerate(SVCS):
    FILES.append((f"apps/{svc}/README.md", f"""
# {svc}

{svc} handles {what} for Kestrel Aerotechnik's hangars (H1 Ashcombe, H2 Ridgefield), engine shop and stores.

## Running locally

    make up
    make migrate
    make run

Configuration comes from the environment; in AWS the task role and Secrets Manager provide everything.
Database: {eng}. Owner: MRO IT platform team (#mro-it).
"""))
    FILES.append((f"deploy/k8s/{svc}/service.yaml", f"""
apiVersion: v1
kind: Service
metadata:
  name: {svc}
  namespace: mro
  labels: {{app: {svc}, tier: backend}}
spec:
  type: ClusterIP
  selector: {{app: {svc}}}
  ports:
    - name: http
      port: 80
      targetPort: {8080 + i}
"""))
    FILES.append((f"infra/tf/modules/{svc}/outputs.tf", f"""
output "{svc}_db_endpoint" {{
  value = aws_db_instance.{svc}.address
}}

output "{svc}_security_group_id" {{
  value = aws_security_group.{svc}.id
}}

output "{svc}_log_group" {{
  value = aws_cloudwatch_log_group.{svc}.name
}}
"""))
    if i < 2:
        FILES.append((f"apps/{svc}/Makefile", f"""
.PHONY: up migrate run lint

up:
\tdocker compose -f ../../deploy/compose/{svc}-dev.yml up -d

migrate:
\t./scripts/migrate.sh

run:
\t./gradlew bootRun --args='--spring.profiles.active=local'

lint:
\t./gradlew spotlessCheck
"""))

FILES.append(("data/reference/ata-chapters.csv", """
chapter,title
21,Air conditioning
24,Electrical power
27,Flight controls
29,Hydraulic power
32,Landing gear
36,Pneumatic
49,Airborne auxiliary power
71,Power plant
72,Engine
73,Engine fuel and control
"""))
FILES.append(("data/reference/taskcard-template.md", """
# Task card TC-{ATA}-{SEQ}

| Field | Value |
|---|---|
| Aircraft | registration, MSN |
| Reference | AMM task, revision |
| Tooling | calibrated tool IDs from toolcrib |
| Parts | P/N, S/N, EASA Form 1 / FAA 8130-3 reference |
| Inspector | stamp number |

Steps are copied from the AMM revision in force; deviations need a technical query.
"""))
FILES.append(("docs/wiki/rfid-tag-standard.md", """
# RFID tagging standard (stores and tooling)

- Parts: ATA Spec 2000 Chapter 9-5 permanent tags on LLPs; temporary tags on bins.
- Tools: one tag per calibrated tool; the toolcrib ID is the EPC serial.
- Portals at the stores counter and both hangar tool rooms read on exit.
"""))
