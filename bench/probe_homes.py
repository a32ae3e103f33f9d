#!/usr/bin/env python3
"""Red-team probe: 295 homes where developers, admins and data people leave secrets in files (issue 17, s12).

Every case is one realistic file as the tool itself writes it (server configs, agents, desktop tools, CI/CD,
package managers, database/broker clients, backup and transfer tools, monitoring agents, IDE and DB-GUI
connection files, mobile build tooling, SaaS CLIs, infrastructure tools, notebooks and data tools, Windows and
macOS admin files), holding exactly one planted value.  Each case is written three times, in three trees:

    random   a machine-random secret of the tool's real shape
    human    for password homes, a password as people choose them (Season+year+symbol, Name+digits,
             Word@digits); token homes keep their token
    decoy    the same file with a reference or placeholder in place of the value (${VAR}, <placeholder>,
             {{ var }}, %VAR%, ********, the tool's own env syntax); any finding on that line is a false positive

``credgate dir --format json --no-redact`` scans each tree once; a planted case is reported as
``block`` (found on the planted line with the planted value at medium or above), ``weak`` (found, below medium)
or ``miss``.  Values are drawn from a seeded generator, never real, and built at run time (no literal secret sits
in this file).  Run:  ``python bench/probe_homes.py [--only miss|weak|block|fp] [--seed N] [--keep]``.

The cases came in four rounds: the first ~185 homes, then three held-out rounds (the same families in other
spellings, and new homes) each written after the previous round's fixes (round 2: 54 homes, 20 missed; round 3:
30 homes, 12 missed; round 4: 26 homes, 8 missed).  Session 12 figures (seed 12), before the fixes -> after:
random 221/295 blocked -> 295/295; human 159/208 -> 208/208; decoy lines blocking 3 -> 0.
The homes found missing are kept as fixtures in tests/fixtures/s12_sweep_classes (tests/linter/
test_s12_sweep_classes.py); new homes go at the end of CASES.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import uuid

RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
S = "{S}"  # the slot in each template

# (name, relative path, template with {S}, kind, decoy)
#   kind: pw (password: random or human), urlpw (the same, safe inside a URL), or a token shape: hex32, hex40, hex64, an40, an32, an24, b64_32, uuid
#   decoy: the placeholder or reference put in the slot for the precision twin
CASES: "list[tuple[str, str, str, str, str]]" = [
    # --- servers -------------------------------------------------------------------------------------------
    ("redis-requirepass", "deploy/redis/redis.conf",
     "bind 0.0.0.0\nport 6379\nprotected-mode yes\nrequirepass {S}\nmaxmemory 2gb\n", "pw", "<redis-password>"),
    ("redis-masterauth", "deploy/redis/replica.conf",
     "replicaof 10.0.4.11 6379\nmasterauth {S}\nreplica-read-only yes\n", "pw", "${REDIS_MASTER_PASSWORD}"),
    ("redis-acl-user", "deploy/redis/users.acl",
     "user default off\nuser app on >{S} ~app:* +@read +@write\n", "pw", "<password>"),
    ("mysql-my-cnf", "ops/db/my.cnf",
     "[client]\nuser = backup\npassword = {S}\nhost = db01.internal\n\n[mysqldump]\nquick\n", "pw",
     "********"),
    ("pgbouncer-userlist", "deploy/pgbouncer/userlist.txt",
     '"app_rw" "{S}"\n', "pw", "md5<hash-here>"),
    ("postfix-sasl-passwd", "etc/postfix/sasl_passwd",
     "[smtp.sendgrid.net]:587 apikey:{S}\n", "pw", "<sendgrid-api-key>"),
    ("msmtprc", "dotfiles/.msmtprc",
     "defaults\nauth on\ntls on\n\naccount work\nhost smtp.office365.com\nport 587\nfrom ops@corp.example\n"
     "user ops@corp.example\npassword {S}\n\naccount default : work\n", "pw", "<app-password>"),
    ("muttrc-smtp-pass", "dotfiles/.muttrc",
     'set from = "ops@corp.example"\nset smtp_url = "smtps://ops@smtp.corp.example:465/"\n'
     'set smtp_pass = "{S}"\nset imap_user = "ops@corp.example"\n', "pw", "`pass show mail/ops`"),
    ("fetchmailrc", "dotfiles/.fetchmailrc",
     'poll imap.corp.example protocol IMAP\n  user "ops" there with password "{S}" is "ops" here\n  ssl\n',
     "pw", "<password>"),
    ("offlineimaprc", "dotfiles/.offlineimaprc",
     "[Repository remote]\ntype = IMAP\nremotehost = imap.corp.example\nremoteuser = ops\nremotepass = {S}\n",
     "pw", "<password>"),
    ("mbsyncrc", "dotfiles/.mbsyncrc",
     "IMAPAccount work\nHost imap.corp.example\nUser ops@corp.example\nPass {S}\nSSLType IMAPS\n", "pw",
     "<password>"),
    ("ssmtp-conf", "etc/ssmtp/ssmtp.conf",
     "root=postmaster\nmailhub=smtp.corp.example:587\nAuthUser=alerts@corp.example\nAuthPass={S}\nUseSTARTTLS=YES\n",
     "pw", "<password>"),
    ("ipsec-secrets-psk", "etc/ipsec.secrets",
     '# /etc/ipsec.secrets\n203.0.113.10 198.51.100.20 : PSK "{S}"\n', "pw", "<pre-shared-key>"),
    ("nats-server-authorization", "deploy/nats/nats-server.conf",
     'port: 4222\nauthorization {\n  user: svc_orders\n  password: "{S}"\n  timeout: 2\n}\n', "pw",
     "$NATS_PASSWORD"),
    ("mosquitto-bridge", "deploy/mosquitto/mosquitto.conf",
     "connection cloud-bridge\naddress mqtt.corp.example:8883\nremote_username edge01\nremote_password {S}\n"
     "topic sensors/# out 1\n", "pw", "<password>"),
    ("asterisk-sip-secret", "etc/asterisk/sip.conf",
     "[6001]\ntype=friend\ncontext=from-internal\nhost=dynamic\nsecret={S}\ndisallow=all\nallow=ulaw\n", "pw",
     "<sip-secret>"),
    ("asterisk-pjsip-auth", "etc/asterisk/pjsip.conf",
     "[6002-auth]\ntype=auth\nauth_type=userpass\nusername=6002\npassword={S}\n", "pw", "<password>"),
    ("freeradius-client-secret", "etc/freeradius/clients.conf",
     "client wifi-controller {\n    ipaddr = 10.20.0.5\n    secret = {S}\n    shortname = wlc\n}\n", "pw",
     "<shared-secret>"),
    ("bind-tsig-key", "etc/bind/named.conf.keys",
     'key "ddns-update" {\n    algorithm hmac-sha256;\n    secret "{S}";\n};\n', "b64_32", "<base64-tsig-secret>"),
    ("icecast-source-password", "deploy/icecast/icecast.xml",
     "<icecast>\n  <authentication>\n    <source-password>{S}</source-password>\n"
     "    <admin-user>admin</admin-user>\n  </authentication>\n</icecast>\n", "pw", "hackme"),
    ("minecraft-rcon", "games/survival/server.properties",
     "enable-rcon=true\nrcon.port=25575\nrcon.password={S}\nmotd=Survival\n", "pw", ""),
    ("proftpd-sqlconnectinfo", "etc/proftpd/sql.conf",
     "SQLBackend mysql\nSQLConnectInfo ftpdb@db01.internal proftpd {S}\nSQLAuthTypes Crypt\n", "pw",
     "<password>"),
    ("ddclient-conf", "etc/ddclient.conf",
     "protocol=cloudflare\nuse=web\nzone=corp.example\nlogin=token\npassword={S}\nvpn.corp.example\n",
     "an40", "<api-token>"),
    ("squid-cache-peer-login", "etc/squid/squid.conf",
     "http_port 3128\ncache_peer proxy.upstream.example parent 8080 0 no-query login=svc_proxy:{S}\n", "pw",
     "<password>"),
    ("keepalived-auth-pass", "etc/keepalived/keepalived.conf",
     "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n"
     "    authentication {\n        auth_type PASS\n        auth_pass {S}\n    }\n}\n", "pw", "<pass>"),
    # --- brokers, caches, databases ------------------------------------------------------------------------
    ("kafka-sasl-jaas-config", "config/kafka/client.properties",
     "bootstrap.servers=kafka01:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n"
     'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-orders" '
     'password="{S}";\n', "pw", "${KAFKA_PASSWORD}"),
    ("kafka-ssl-keystore-password", "config/kafka/producer.properties",
     "ssl.keystore.location=/etc/kafka/producer.jks\nssl.keystore.password={S}\nssl.key.password=${file:x}\n",
     "pw", "${KEYSTORE_PASSWORD}"),
    ("kafka-jaas-file", "config/kafka/kafka_server_jaas.conf",
     'KafkaServer {\n   org.apache.kafka.common.security.plain.PlainLoginModule required\n   username="admin"\n'
     '   password="{S}"\n   user_admin="{S}";\n};\n', "pw", "<password>"),
    ("kafka-connect-connector-json", "connectors/pg-sink.json",
     '{\n  "name": "pg-sink",\n  "config": {\n    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",\n'
     '    "connection.url": "jdbc:postgresql://db01:5432/events",\n    "connection.user": "connect",\n'
     '    "connection.password": "{S}",\n    "topics": "orders"\n  }\n}\n', "pw",
     "${file:/opt/secrets.properties:pg_password}"),
    ("rabbitmq-conf-default-pass", "deploy/rabbitmq/rabbitmq.conf",
     "listeners.tcp.default = 5672\ndefault_user = orders\ndefault_pass = {S}\n", "pw", "<password>"),
    ("activemq-credentials-properties", "deploy/activemq/credentials.properties",
     "activemq.username=system\nactivemq.password={S}\nguest.password=password\n", "pw", "${ACTIVEMQ_PASSWORD}"),
    ("artemis-users-properties", "deploy/artemis/artemis-users.properties",
     "admin = {S}\n", "pw", "ENC(<encrypted>)"),
    ("pulsar-client-token", "config/pulsar/client.conf",
     "webServiceUrl=https://pulsar.corp.example:8443/\n"
     "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:{S}\n", "jwt",
     "file:///etc/pulsar/token.txt"),
    ("clickhouse-users-xml", "deploy/clickhouse/users.d/etl.xml",
     "<clickhouse>\n  <users>\n    <etl>\n      <password>{S}</password>\n      <networks><ip>::/0</ip></networks>\n"
     "    </etl>\n  </users>\n</clickhouse>\n", "pw", ""),
    ("cqlshrc", "dotfiles/.cassandra/cqlshrc",
     "[authentication]\nusername = analytics\npassword = {S}\n\n[connection]\nhostname = cass01\n", "pw",
     "<password>"),
    ("neo4j-auth-env", "deploy/neo4j/docker-compose.yml",
     "services:\n  neo4j:\n    image: neo4j:5\n    environment:\n      NEO4J_AUTH: neo4j/{S}\n", "pw",
     "neo4j/${NEO4J_PASSWORD}"),
    ("snowsql-config", "dotfiles/.snowsql/config",
     "[connections.prod]\naccountname = xy12345.eu-west-1\nusername = LOADER\npassword = {S}\n"
     "warehousename = LOAD_WH\n", "pw", "<password>"),
    ("snowflake-connections-toml", "dotfiles/.snowflake/connections.toml",
     '[default]\naccount = "xy12345"\nuser = "LOADER"\npassword = "{S}"\nrole = "LOADER"\n', "pw",
     "<password>"),
    ("databrickscfg", "dotfiles/.databrickscfg",
     "[DEFAULT]\nhost = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = {S}\n", "dapi",
     "<personal-access-token>"),
    # --- application frameworks and CMS -------------------------------------------------------------------
    ("spring-datasource-password", "src/main/resources/application-prod.properties",
     "spring.datasource.url=jdbc:postgresql://db01:5432/orders\nspring.datasource.username=orders\n"
     "spring.datasource.password={S}\n", "pw", "${DB_PASSWORD}"),
    ("tomcat-context-resource", "conf/context.xml",
     '<Context>\n  <Resource name="jdbc/orders" auth="Container" type="javax.sql.DataSource"\n'
     '     username="orders" password="{S}"\n     driverClassName="org.postgresql.Driver"\n'
     '     url="jdbc:postgresql://db01:5432/orders"/>\n</Context>\n', "pw", "${db.password}"),
    ("wildfly-datasource-security", "standalone/configuration/standalone.xml",
     '<datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">\n'
     "  <connection-url>jdbc:postgresql://db01:5432/orders</connection-url>\n  <security>\n"
     "    <user-name>orders</user-name>\n    <password>{S}</password>\n  </security>\n</datasource>\n", "pw",
     "${VAULT::ds::password::1}"),
    ("weblogic-boot-properties", "servers/AdminServer/security/boot.properties",
     "username=weblogic\npassword={S}\n", "pw", "{AES}<encrypted>"),
    ("liquibase-properties", "db/liquibase.properties",
     "changeLogFile=changelog.xml\nurl=jdbc:postgresql://db01:5432/orders\nusername=migrator\npassword: {S}\n",
     "pw", "${LIQUIBASE_PASSWORD}"),
    ("flyway-conf", "db/flyway.conf",
     "flyway.url=jdbc:mysql://db01:3306/shop\nflyway.user=migrator\nflyway.password={S}\n", "pw",
     "${FLYWAY_PASSWORD}"),
    ("django-databases", "shop/settings/production.py",
     "DATABASES = {\n    'default': {\n        'ENGINE': 'django.db.backends.postgresql',\n        'NAME': 'shop',\n"
     "        'USER': 'shop',\n        'PASSWORD': '{S}',\n        'HOST': 'db01',\n    }\n}\n", "pw",
     "os.environ['DB_PASSWORD']"),
    ("rails-database-yml", "config/database.yml",
     "production:\n  adapter: postgresql\n  database: shop\n  username: shop\n  password: {S}\n  host: db01\n",
     "pw", "<%= ENV['DATABASE_PASSWORD'] %>"),
    ("knexfile", "knexfile.js",
     "module.exports = {\n  production: {\n    client: 'pg',\n    connection: {\n      host: 'db01',\n"
     "      user: 'shop',\n      password: '{S}',\n      database: 'shop'\n    }\n  }\n};\n", "pw",
     "process.env.DB_PASSWORD"),
    ("sequelize-config-json", "config/config.json",
     '{\n  "production": {\n    "username": "shop",\n    "password": "{S}",\n    "database": "shop",\n'
     '    "host": "db01",\n    "dialect": "mysql"\n  }\n}\n', "pw", "${DB_PASSWORD}"),
    ("drupal-settings-php", "web/sites/default/settings.php",
     "<?php\n$databases['default']['default'] = [\n  'database' => 'drupal',\n  'username' => 'drupal',\n"
     "  'password' => '{S}',\n  'host' => 'db01',\n  'driver' => 'mysql',\n];\n", "pw",
     "getenv('DRUPAL_DB_PASSWORD')"),
    ("moodle-config-php", "moodle/config.php",
     "<?php\n$CFG = new stdClass();\n$CFG->dbtype = 'pgsql';\n$CFG->dbuser = 'moodle';\n$CFG->dbpass = '{S}';\n",
     "pw", "getenv('MOODLE_DB_PASS')"),
    ("joomla-configuration-php", "joomla/configuration.php",
     "<?php\nclass JConfig {\n\tpublic $dbtype = 'mysqli';\n\tpublic $user = 'joomla';\n\tpublic $password = '{S}';\n"
     "\tpublic $db = 'joomla';\n}\n", "pw", ""),
    ("mediawiki-localsettings", "wiki/LocalSettings.php",
     '<?php\n$wgDBtype = "mysql";\n$wgDBuser = "wikiuser";\n$wgDBpassword = "{S}";\n', "pw",
     'getenv( "WIKI_DB_PASSWORD" )'),
    ("phpmyadmin-config", "phpmyadmin/config.inc.php",
     "<?php\n$i = 1;\n$cfg['Servers'][$i]['auth_type'] = 'config';\n$cfg['Servers'][$i]['user'] = 'root';\n"
     "$cfg['Servers'][$i]['password'] = '{S}';\n", "pw", ""),
    ("odoo-conf", "deploy/odoo/odoo.conf",
     "[options]\nadmin_passwd = {S}\ndb_host = db01\ndb_user = odoo\n", "pw", "False"),
    ("gitea-app-ini", "deploy/gitea/app.ini",
     "[database]\nDB_TYPE = postgres\nHOST = db01:5432\nNAME = gitea\nUSER = gitea\nPASSWD = {S}\n", "pw",
     "`<password>`"),
    ("gitlab-rb-smtp", "deploy/gitlab/gitlab.rb",
     "gitlab_rails['smtp_enable'] = true\ngitlab_rails['smtp_address'] = \"smtp.mailgun.org\"\n"
     "gitlab_rails['smtp_user_name'] = \"postmaster@mg.corp.example\"\ngitlab_rails['smtp_password'] = \"{S}\"\n",
     "pw", "<password>"),
    ("mattermost-config-json", "deploy/mattermost/config.json",
     '{\n  "EmailSettings": {\n    "SMTPUsername": "mm@corp.example",\n    "SMTPPassword": "{S}",\n'
     '    "SMTPServer": "smtp.corp.example"\n  }\n}\n', "pw", ""),
    ("sonar-jdbc-password", "deploy/sonarqube/sonar.properties",
     "sonar.jdbc.username=sonar\nsonar.jdbc.password={S}\nsonar.jdbc.url=jdbc:postgresql://db01/sonar\n", "pw",
     "${env:SONAR_JDBC_PASSWORD}"),
    ("keycloak-client-secret", "deploy/keycloak/realm-export.json",
     '{\n  "realm": "corp",\n  "clients": [\n    {\n      "clientId": "portal",\n'
     '      "clientAuthenticatorType": "client-secret",\n      "secret": "{S}",\n      "redirectUris": ["/*"]\n'
     "    }\n  ]\n}\n", "an32", "**********"),
    ("rundeck-realm-properties", "deploy/rundeck/realm.properties",
     "admin:{S},user,admin\n", "pw", "MD5:<hash>"),
    ("home-assistant-secrets", "homeassistant/secrets.yaml",
     "mqtt_username: hass\nmqtt_password: {S}\nlatitude: 52.1\n", "pw", "<password>"),
    ("transmission-rpc-password", "deploy/transmission/settings.json",
     '{\n    "rpc-authentication-required": true,\n    "rpc-password": "{S}",\n    "rpc-username": "media"\n}\n',
     "pw", ""),
    ("grafana-ini-admin", "deploy/grafana/grafana.ini",
     "[security]\nadmin_user = admin\nadmin_password = {S}\nsecret_key = $__file{/run/secrets/gk}\n", "pw",
     "$__env{GF_ADMIN_PASSWORD}"),
    ("grafana-datasource-securejsondata", "deploy/grafana/provisioning/datasources/pg.yaml",
     "apiVersion: 1\ndatasources:\n  - name: Orders\n    type: postgres\n    url: db01:5432\n    user: grafana\n"
     "    secureJsonData:\n      password: {S}\n", "pw", "$PG_PASSWORD"),
    # --- monitoring, logging agents ------------------------------------------------------------------------
    ("prometheus-basic-auth", "deploy/prometheus/prometheus.yml",
     "scrape_configs:\n  - job_name: node\n    basic_auth:\n      username: scraper\n      password: {S}\n"
     "    static_configs:\n      - targets: ['node01:9100']\n", "pw", "<secret>"),
    ("alertmanager-smtp", "deploy/alertmanager/alertmanager.yml",
     "global:\n  smtp_smarthost: smtp.corp.example:587\n  smtp_from: alerts@corp.example\n"
     "  smtp_auth_username: alerts@corp.example\n  smtp_auth_password: {S}\n", "pw", "<secret>"),
    ("telegraf-influxdb-token", "deploy/telegraf/telegraf.conf",
     '[[outputs.influxdb_v2]]\n  urls = ["https://influx.corp.example:8086"]\n  token = "{S}"\n'
     '  organization = "ops"\n  bucket = "metrics"\n', "influx", "${INFLUX_TOKEN}"),
    ("influx-cli-configs", "dotfiles/.influxdbv2/configs",
     '[default]\n  url = "https://influx.corp.example:8086"\n  token = "{S}"\n  org = "ops"\n  active = true\n',
     "influx", "<token>"),
    ("kibana-yml-password", "deploy/kibana/kibana.yml",
     'server.host: "0.0.0.0"\nelasticsearch.hosts: ["https://es01:9200"]\nelasticsearch.username: "kibana_system"\n'
     'elasticsearch.password: "{S}"\n', "pw", "${KIBANA_PASSWORD}"),
    ("filebeat-output-es", "deploy/filebeat/filebeat.yml",
     'output.elasticsearch:\n  hosts: ["https://es01:9200"]\n  username: "filebeat_writer"\n  password: "{S}"\n',
     "pw", "${ES_PWD}"),
    ("elastic-apm-secret-token", "deploy/apm/apm-server.yml",
     'apm-server:\n  host: "0.0.0.0:8200"\n  auth:\n    secret_token: "{S}"\n', "an24", "${APM_SECRET}"),
    ("datadog-yaml-api-key", "deploy/datadog/datadog.yaml",
     "api_key: {S}\nsite: datadoghq.eu\nlogs_enabled: true\n", "hex32", "<DATADOG_API_KEY>"),
    ("newrelic-yml-license", "config/newrelic.yml",
     "common: &default_settings\n  license_key: '{S}'\n  app_name: Orders\n", "hex40", "<%= license_key %>"),
    ("zabbix-server-dbpassword", "etc/zabbix/zabbix_server.conf",
     "DBHost=db01\nDBName=zabbix\nDBUser=zabbix\nDBPassword={S}\n", "pw", ""),
    ("nagios-resource-cfg", "etc/nagios/resource.cfg",
     "$USER1$=/usr/lib/nagios/plugins\n$USER3$=monitor\n$USER4$={S}\n", "pw", "<password>"),
    ("icinga-api-user", "etc/icinga2/conf.d/api-users.conf",
     'object ApiUser "director" {\n  password = "{S}"\n  permissions = [ "*" ]\n}\n', "pw", "<password>"),
    ("otel-collector-headers", "deploy/otel/collector.yaml",
     'exporters:\n  otlphttp:\n    endpoint: https://otlp.eu01.nr-data.net\n    headers:\n      api-key: {S}\n',
     "hex40", "${env:NEW_RELIC_LICENSE_KEY}"),
    ("rsyslog-omelasticsearch", "etc/rsyslog.d/60-es.conf",
     'action(type="omelasticsearch" server="es01" serverport="9200" uid="rsyslog" pwd="{S}" '
     'searchIndex="syslog")\n', "pw", "<password>"),
    ("graylog-password-secret", "deploy/graylog/server.conf",
     "is_leader = true\npassword_secret = {S}\nroot_username = admin\n", "an64", "<at least 64 characters>"),
    # --- package managers and registries ---------------------------------------------------------------------
    ("npmrc-password-b64", "dotfiles/.npmrc",
     "registry=https://npm.corp.example/\n//npm.corp.example/:username=builder\n//npm.corp.example/:_password={S}\n"
     "//npm.corp.example/:always-auth=true\n", "b64pw", "${NPM_PASSWORD_B64}"),
    ("yarnrc-npmauthtoken", ".yarnrc.yml",
     'npmScopes:\n  corp:\n    npmRegistryServer: "https://npm.corp.example"\n    npmAuthToken: "{S}"\n',
     "uuid", "${NPM_TOKEN}"),
    ("composer-auth-json", "auth.json",
     '{\n    "http-basic": {\n        "repo.packagist.com": {\n            "username": "token",\n'
     '            "password": "{S}"\n        }\n    }\n}\n', "hex40", "<token>"),
    ("bundler-config-credentials", ".bundle/config",
     '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_GEMS__CONTRIBSYS__COM: "{S}"\n', "userpass", "${SIDEKIQ_CREDS}"),
    ("pip-conf-index-url", "dotfiles/.config/pip/pip.conf",
     "[global]\nindex-url = https://builder:{S}@pypi.corp.example/simple\ntimeout = 60\n", "urlpw",
     "${PIP_PASSWORD}"),
    ("sbt-credentials", "dotfiles/.sbt/.credentials",
     "realm=Sonatype Nexus Repository Manager\nhost=nexus.corp.example\nuser=deploy\npassword={S}\n", "pw",
     "<password>"),
    ("pypirc-password", "dotfiles/.pypirc",
     "[distutils]\nindex-servers = corp\n\n[corp]\nrepository = https://nexus.corp.example/repository/pypi/\n"
     "username = deploy\npassword = {S}\n", "pw", "<password>"),
    ("conda-channel-token", ".condarc",
     "channels:\n  - https://conda.corp.example/t/{S}/internal\n  - defaults\n", "an32", "<TOKEN>"),
    ("terraformrc-credentials", "dotfiles/.terraformrc",
     'credentials "app.terraform.io" {\n  token = "{S}"\n}\n', "tfe", "<token>"),
    ("dvc-config-local", ".dvc/config.local",
     "['remote \"storage\"']\n    url = ssh://backup01/dvc\n    user = dvc\n    password = {S}\n", "pw",
     "<password>"),
    ("hgrc-auth", "dotfiles/.hgrc",
     "[auth]\ncorp.prefix = https://hg.corp.example\ncorp.username = deploy\ncorp.password = {S}\n", "pw",
     "<password>"),
    ("gitconfig-extraheader", "dotfiles/.gitconfig",
     '[http "https://git.corp.example/"]\n\textraHeader = "PRIVATE-TOKEN: {S}"\n', "glpat",
     "${GITLAB_TOKEN}"),
    # --- CI/CD ---------------------------------------------------------------------------------------------
    ("gitlab-ci-variables", ".gitlab-ci.yml",
     "variables:\n  POSTGRES_DB: orders\n  POSTGRES_PASSWORD: {S}\n\ntest:\n  script: [make test]\n", "pw",
     "$CI_DB_PASSWORD"),
    ("github-actions-env", ".github/workflows/deploy.yml",
     "name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      DEPLOY_PASSWORD: {S}\n"
     "    steps:\n      - run: ./deploy.sh\n", "pw", "${{ secrets.DEPLOY_PASSWORD }}"),
    ("azure-pipelines-variable", "azure-pipelines.yml",
     "variables:\n  - name: sqlAdminPassword\n    value: '{S}'\nsteps:\n  - script: ./migrate.sh\n", "pw",
     "$(SqlAdminPassword)"),
    ("jenkinsfile-environment", "Jenkinsfile",
     "pipeline {\n  agent any\n  environment {\n    NEXUS_PASSWORD = '{S}'\n  }\n  stages {\n"
     "    stage('publish') { steps { sh './gradlew publish' } }\n  }\n}\n", "pw", "credentials('nexus-pass')"),
    ("travis-env-global", ".travis.yml",
     "language: python\nenv:\n  global:\n    - DB_PASSWORD={S}\nscript: pytest\n", "pw", "$DB_PASSWORD_CI"),
    ("drone-settings-password", ".drone.yml",
     "kind: pipeline\nname: default\nsteps:\n  - name: publish\n    image: plugins/docker\n    settings:\n"
     "      username: ci\n      password: {S}\n", "pw", "{ from_secret: docker_password }"),
    ("bitbucket-pipelines-variable", "bitbucket-pipelines.yml",
     "pipelines:\n  default:\n    - step:\n        script:\n          - pipe: atlassian/ftp-deploy:0.3.7\n"
     "            variables:\n              USER: deploy\n              PASSWORD: {S}\n", "pw", "$FTP_PASSWORD"),
    ("concourse-params", "ci/pipeline.yml",
     "jobs:\n- name: deploy\n  plan:\n  - put: artifacts\n    params:\n      file: out/app.tgz\n"
     "  - task: migrate\n    params:\n      DB_PASSWORD: {S}\n", "pw", "((db_password))"),
    ("argocd-repo-secret", "deploy/argocd/repo-secret.yaml",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: private-repo\n  labels:\n"
     "    argocd.argoproj.io/secret-type: repository\nstringData:\n  url: https://git.corp.example/ops/infra.git\n"
     "  username: argocd\n  password: {S}\n", "pw", "<password>"),
    ("spinnaker-halconfig", "dotfiles/.hal/config",
     "providers:\n  dockerRegistry:\n    accounts:\n    - name: corp\n      address: https://registry.corp.example\n"
     "      username: spinnaker\n      password: {S}\n", "pw", "encrypted:s3!r:us-east-1!b:hal!f:pw"),
    # --- mobile and desktop build / release -----------------------------------------------------------------
    ("android-keystore-properties", "android/keystore.properties",
     "storeFile=release.jks\nstorePassword={S}\nkeyAlias=upload\nkeyPassword=${storePassword}\n", "pw",
     "${System.getenv('STORE_PASSWORD')}"),
    ("android-signing-config", "android/app/build.gradle",
     "android {\n    signingConfigs {\n        release {\n            storeFile file('release.jks')\n"
     "            storePassword '{S}'\n            keyAlias 'upload'\n        }\n    }\n}\n", "pw",
     "<store-password>"),
    ("fastlane-env", "fastlane/.env.default",
     "FASTLANE_USER=release@corp.example\nFASTLANE_PASSWORD={S}\nMATCH_GIT_URL=git@git.corp.example:certs.git\n",
     "pw", "<apple-id-password>"),
    ("fastlane-match-password", "fastlane/Fastfile",
     'lane :certs do\n  ENV["MATCH_PASSWORD"] = "{S}"\n  match(type: "appstore", readonly: true)\nend\n', "pw",
     'ENV.fetch("MATCH_PASSWORD_CI")'),
    ("electron-builder-env", "electron-builder.env",
     "CSC_LINK=build/certs/win.p12\nCSC_KEY_PASSWORD={S}\n", "pw", "<pfx-password>"),
    # --- infrastructure tools ------------------------------------------------------------------------------
    ("ansible-inventory-become", "inventory/hosts.ini",
     "[db]\ndb01 ansible_host=10.0.4.11 ansible_user=deploy ansible_become_password={S}\n", "pw",
     "'{{ vault_become_password }}'"),
    ("ansible-group-vars", "inventory/group_vars/windows.yml",
     "ansible_user: Administrator\nansible_password: {S}\nansible_connection: winrm\n", "pw",
     "\"{{ vault_win_password }}\""),
    ("pulumi-stack-config", "Pulumi.prod.yaml",
     "config:\n  aws:region: eu-west-1\n  orders:dbPassword: {S}\n", "pw", "${DB_PASSWORD}"),
    ("vagrantfile-ssh-password", "Vagrantfile",
     'Vagrant.configure("2") do |config|\n  config.vm.box = "corp/win2022"\n  config.winrm.username = "vagrant"\n'
     '  config.winrm.password = "{S}"\nend\n', "pw", 'ENV["WINRM_PASSWORD"]'),
    ("hiera-yaml-password", "hieradata/common.yaml",
     "profile::db::user: orders\nprofile::db::password: \"{S}\"\n", "pw", "%{lookup('db_password')}"),
    ("salt-pillar-password", "pillar/mysql.sls",
     "mysql:\n  server:\n    root_password: '{S}'\n", "pw", "{{ salt['vault'].read_secret('db') }}"),
    ("nomad-job-env", "jobs/orders.nomad.hcl",
     'job "orders" {\n  group "api" {\n    task "api" {\n      driver = "docker"\n      env {\n'
     '        DB_PASSWORD = "{S}"\n      }\n    }\n  }\n}\n', "pw", '{{ with secret "kv/db" }}{{ end }}'),
    ("consul-acl-tokens", "deploy/consul/consul.hcl",
     'acl {\n  enabled = true\n  tokens {\n    initial_management = "{S}"\n  }\n}\n', "uuid",
     "<uuid-token>"),
    ("kubeconfig-user-password", "dotfiles/.kube/config",
     "apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    username: admin\n    password: {S}\n",
     "pw", "<password>"),
    ("kubeconfig-user-token", "dotfiles/.kube/config-ci",
     "apiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: {S}\n", "an40", "<token>"),
    ("helm-values-auth", "charts/orders/values-prod.yaml",
     "postgresql:\n  auth:\n    username: orders\n    password: {S}\n    database: orders\n", "pw",
     '""'),
    ("openstack-clouds-yaml", "dotfiles/.config/openstack/clouds.yaml",
     "clouds:\n  prod:\n    auth:\n      auth_url: https://keystone.corp.example:5000/v3\n      username: ops\n"
     "      password: {S}\n      project_name: ops\n", "pw", "<password>"),
    ("openstack-openrc", "ops/openrc.sh",
     'export OS_AUTH_URL=https://keystone.corp.example:5000/v3\nexport OS_USERNAME=ops\nexport OS_PASSWORD="{S}"\n',
     "pw", "$(pass show openstack)"),
    ("govc-env", "ops/vsphere.env",
     "GOVC_URL=https://vcenter.corp.example/sdk\nGOVC_USERNAME=administrator@vsphere.local\nGOVC_PASSWORD={S}\n",
     "pw", "<password>"),
    ("cloud-init-chpasswd", "cloud-init/user-data",
     "#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: {S}\n"
     "      type: text\n", "pw", "RANDOM"),
    ("kickstart-rootpw", "kickstart/ks.cfg",
     "lang en_US.UTF-8\nkeyboard us\nrootpw --plaintext {S}\nreboot\n", "pw", "--lock"),
    ("preseed-root-password", "preseed/preseed.cfg",
     "d-i passwd/root-login boolean true\nd-i passwd/root-password password {S}\n"
     "d-i passwd/root-password-again password {S}\n", "pw", "<password>"),
    ("certbot-cloudflare-ini", "etc/letsencrypt/cloudflare.ini",
     "# Cloudflare API token used by Certbot\ndns_cloudflare_api_token = {S}\n", "an40", "<token>"),
    ("acme-sh-account-conf", "dotfiles/.acme.sh/account.conf",
     "ACCOUNT_EMAIL='ops@corp.example'\nSAVED_CF_Token='{S}'\nSAVED_CF_Account_ID='0123abcd'\n", "an40",
     "<token>"),
    ("traefik-dns-env", "deploy/traefik/docker-compose.yml",
     "services:\n  traefik:\n    image: traefik:v3\n    environment:\n      - CF_DNS_API_TOKEN={S}\n", "an40",
     "${CF_DNS_API_TOKEN}"),
    ("restic-env", "ops/backup/restic.env",
     "RESTIC_REPOSITORY=s3:https://s3.eu-west-1.amazonaws.com/corp-backups\nRESTIC_PASSWORD={S}\n", "pw",
     "<repository-password>"),
    ("borgmatic-passphrase", "etc/borgmatic/config.yaml",
     "repositories:\n  - path: ssh://borg@backup01/./repo\nencryption_passphrase: \"{S}\"\n", "pw",
     "${BORG_PASSPHRASE}"),
    ("duplicity-passphrase", "ops/backup/duplicity.sh",
     '#!/bin/sh\nexport PASSPHRASE="{S}"\nduplicity /srv sftp://backup@backup01//srv\n', "pw", "$(cat /root/.dup)"),
    ("syncthing-apikey", "dotfiles/.config/syncthing/config.xml",
     '<configuration version="37">\n  <gui enabled="true" tls="false">\n    <address>127.0.0.1:8384</address>\n'
     "    <apikey>{S}</apikey>\n  </gui>\n</configuration>\n", "an32", ""),
    ("lftp-bookmark", "dotfiles/.local/share/lftp/bookmarks",
     "prod\tsftp://deploy:{S}@files.corp.example/\n", "urlpw", "<password>"),
    ("rsync-password-env", "ops/mirror.env",
     "RSYNC_PASSWORD={S}\nRSYNC_MODULE=mirror\n", "pw", "<password>"),
    # --- SaaS and cloud CLIs -------------------------------------------------------------------------------
    ("boto-config", "dotfiles/.boto",
     "[Credentials]\ngs_access_key_id = GOOGTS7C7FUP3AIRVJTE2BCD\ngs_secret_access_key = {S}\n", "b64_40",
     "<secret>"),
    ("oci-config-passphrase", "dotfiles/.oci/config",
     "[DEFAULT]\nuser=ocid1.user.oc1..aaaa\nfingerprint=20:3b:97:13\nkey_file=~/.oci/oci_api_key.pem\n"
     "pass_phrase={S}\ntenancy=ocid1.tenancy.oc1..aaaa\nregion=eu-frankfurt-1\n", "pw", "<passphrase>"),
    ("aliyun-config-json", "dotfiles/.aliyun/config.json",
     '{\n  "current": "default",\n  "profiles": [\n    {\n      "name": "default",\n      "mode": "AK",\n'
     '      "access_key_id": "LTAI5tQ8v2Jk3mN7pR9sX1yZ",\n      "access_key_secret": "{S}",\n'
     '      "region_id": "cn-hangzhou"\n    }\n  ]\n}\n', "an30", ""),
    ("hcloud-cli-toml", "dotfiles/.config/hcloud/cli.toml",
     'active_context = "prod"\n\n[[contexts]]\n  name = "prod"\n  token = "{S}"\n', "an64", "<token>"),
    ("linode-cli-config", "dotfiles/.config/linode-cli",
     "[DEFAULT]\ndefault-user = ops\n\n[ops]\ntoken = {S}\nregion = eu-central\n", "hex64", "<token>"),
    ("vultr-cli-yaml", "dotfiles/.vultr-cli.yaml",
     "api-key: {S}\n", "an36up", "<api-key>"),
    ("scaleway-config", "dotfiles/.config/scw/config.yaml",
     "access_key: SCWXXXXXXXXXXXXXXXXX\nsecret_key: {S}\ndefault_organization_id: 11111111-2222-3333-4444-555555555555\n",
     "uuid", "<secret-key>"),
    ("netlify-config-json", "dotfiles/.config/netlify/config.json",
     '{\n  "userId": "5f0c2a",\n  "users": {\n    "5f0c2a": {\n      "id": "5f0c2a",\n      "auth": {\n'
     '        "token": "{S}",\n        "github": {}\n      }\n    }\n  }\n}\n', "nfp", ""),
    ("vercel-auth-json", "dotfiles/.local/share/com.vercel.cli/auth.json",
     '{\n  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",\n  "token": "{S}"\n}\n', "an24",
     ""),
    ("sentryclirc", "dotfiles/.sentryclirc",
     "[defaults]\norg = corp\nproject = orders\n\n[auth]\ntoken={S}\n", "hex64", "<auth-token>"),
    ("snyk-configstore", "dotfiles/.config/configstore/snyk.json",
     '{\n  "api": "{S}",\n  "org": "corp"\n}\n', "uuid", ""),
    ("ngrok-yml", "dotfiles/.config/ngrok/ngrok.yml",
     'version: "2"\nauthtoken: {S}\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n', "ngrok", "<token>"),
    ("wrangler-config", "dotfiles/.wrangler/config/default.toml",
     'api_token = "{S}"\n', "an40", ""),
    ("kaggle-json", "dotfiles/.kaggle/kaggle.json",
     '{"username":"dsmith","key":"{S}"}\n', "hex32", ""),
    ("prefect-profiles", "dotfiles/.prefect/profiles.toml",
     'active = "cloud"\n\n[profiles.cloud]\nPREFECT_API_URL = "https://api.prefect.cloud/api/accounts/a/workspaces/w"\n'
     'PREFECT_API_KEY = "{S}"\n', "pnu", ""),
    # --- data, notebooks, analytics ------------------------------------------------------------------------
    ("dbt-profiles", "dotfiles/.dbt/profiles.yml",
     "analytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: warehouse01\n"
     "      user: dbt\n      password: {S}\n      dbname: analytics\n      schema: marts\n", "pw",
     "\"{{ env_var('DBT_PASSWORD') }}\""),
    ("airflow-cfg-conn", "deploy/airflow/airflow.cfg",
     "[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:{S}@db01:5432/airflow\n", "pw",
     "<password>"),
    ("airflow-fernet-key", "deploy/airflow/airflow-fernet.cfg",
     "[core]\nexecutor = CeleryExecutor\nfernet_key = {S}\n", "fernet", ""),
    ("superset-secret-key", "deploy/superset/superset_config.py",
     "ROW_LIMIT = 5000\nSECRET_KEY = '{S}'\n", "an40", "os.environ['SUPERSET_SECRET_KEY']"),
    ("jupyter-server-token", "dotfiles/.jupyter/jupyter_server_config.py",
     "c.ServerApp.ip = '0.0.0.0'\nc.ServerApp.token = '{S}'\nc.ServerApp.open_browser = False\n", "hex48", "''"),
    ("streamlit-secrets-toml", ".streamlit/secrets.toml",
     '[connections.warehouse]\ndialect = "postgresql"\nhost = "warehouse01"\nusername = "app"\npassword = "{S}"\n',
     "pw", "xxx"),
    ("spark-defaults-s3a", "conf/spark-defaults.conf",
     "spark.hadoop.fs.s3a.endpoint s3.corp.example\nspark.hadoop.fs.s3a.access.key minio-etl\n"
     "spark.hadoop.fs.s3a.secret.key {S}\n", "pw", "${S3A_SECRET}"),
    ("hive-site-connectionpassword", "conf/hive-site.xml",
     "<configuration>\n  <property>\n    <name>javax.jdo.option.ConnectionPassword</name>\n"
     "    <value>{S}</value>\n  </property>\n</configuration>\n", "pw", "${env.HIVE_DB_PASSWORD}"),
    ("meltano-yml-config", "meltano.yml",
     "plugins:\n  extractors:\n  - name: tap-postgres\n    config:\n      host: db01\n      user: meltano\n"
     "      password: {S}\n", "pw", "$TAP_POSTGRES_PASSWORD"),
    ("singer-tap-config", "taps/tap-mysql-config.json",
     '{\n  "host": "db01",\n  "port": 3306,\n  "user": "singer",\n  "password": "{S}"\n}\n', "pw", ""),
    ("sas-libname-password", "sas/autoexec.sas",
     'libname dwh oracle user=sasread password="{S}" path=DWHPROD schema=mart;\n', "pw", "&dwh_pw"),
    ("renviron-db-pass", "dotfiles/.Renviron",
     "R_LIBS_USER=~/R/library\nDB_PASS={S}\n", "pw", "<password>"),
    ("rprofile-sys-setenv", "dotfiles/.Rprofile",
     'Sys.setenv(WAREHOUSE_PASSWORD = "{S}")\noptions(repos = c(CRAN = "https://cloud.r-project.org"))\n',
     "pw", "\"\""),
    ("excel-odc-connection", "reports/Sales.odc",
     '<xml id=msodc>\n <odc:Connection odc:Type="OLEDB">\n  <odc:ConnectionString>Provider=SQLOLEDB.1;'
     "Persist Security Info=True;User ID=report;Password={S};Data Source=sql01;Initial Catalog=Sales"
     "</odc:ConnectionString>\n </odc:Connection>\n</xml>\n", "pw", "<password>"),
    ("tableau-tds-connection", "reports/orders.tds",
     "<?xml version='1.0' encoding='utf-8' ?>\n<datasource formatted-name='orders' version='18.1'>\n"
     "  <connection class='postgres' dbname='orders' server='db01' port='5432' username='tableau' "
     "password='{S}' />\n</datasource>\n", "pw", ""),
    # --- IDE, DB-GUI and API tool connection files ---------------------------------------------------------
    ("vscode-sftp-json", ".vscode/sftp.json",
     '{\n    "name": "prod",\n    "host": "web01.corp.example",\n    "protocol": "sftp",\n    "port": 22,\n'
     '    "username": "deploy",\n    "password": "{S}",\n    "remotePath": "/var/www/html"\n}\n', "pw", ""),
    ("sublime-sftp-config", "sftp-config.json",
     '{\n    "type": "sftp",\n    "host": "web01.corp.example",\n    "user": "deploy",\n    "password": "{S}",\n'
     '    "remote_path": "/var/www/"\n}\n', "pw", ""),
    ("vscode-sqltools-connection", ".vscode/settings.json",
     '{\n  "sqltools.connections": [\n    {\n      "name": "orders",\n      "driver": "PostgreSQL",\n'
     '      "server": "db01",\n      "username": "orders",\n      "password": "{S}",\n'
     '      "database": "orders"\n    }\n  ]\n}\n', "pw", ""),
    ("vscode-launch-env", ".vscode/launch.json",
     '{\n  "configurations": [\n    {\n      "type": "node",\n      "request": "launch",\n      "name": "api",\n'
     '      "env": {\n        "DB_PASSWORD": "{S}"\n      }\n    }\n  ]\n}\n', "pw", "${env:DB_PASSWORD}"),
    ("vs-launchsettings-env", "Properties/launchSettings.json",
     '{\n  "profiles": {\n    "Api": {\n      "commandName": "Project",\n      "environmentVariables": {\n'
     '        "ASPNETCORE_ENVIRONMENT": "Development",\n        "Smtp__Password": "{S}"\n      }\n    }\n  }\n}\n',
     "pw", ""),
    ("idea-runconfig-env", ".idea/runConfigurations/Api.xml",
     '<component name="ProjectRunConfigurationManager">\n  <configuration name="Api" type="Application">\n'
     '    <envs>\n      <env name="DB_PASSWORD" value="{S}" />\n    </envs>\n  </configuration>\n</component>\n',
     "pw", "$DB_PASSWORD$"),
    ("bruno-auth-basic", "api/orders/list.bru",
     "meta {\n  name: list\n  type: http\n}\n\nget {\n  url: https://api.corp.example/orders\n  auth: basic\n}\n\n"
     "auth:basic {\n  username: svc-report\n  password: {S}\n}\n", "pw", "{{reportPassword}}"),
    ("httpie-session", "dotfiles/.config/httpie/sessions/api.corp.example/prod.json",
     '{\n    "auth": {\n        "password": "{S}",\n        "type": "basic",\n        "username": "svc-report"\n'
     "    },\n    \"headers\": []\n}\n", "pw", "null"),
    ("rest-client-http-variable", "api/requests.http",
     "@baseUrl = https://api.corp.example\n@apiToken = {S}\n\nGET {{baseUrl}}/orders\n"
     "Authorization: Bearer {{apiToken}}\n", "an40", "{{$dotenv API_TOKEN}}"),
    ("soapui-project-password", "soapui/Orders-soapui-project.xml",
     '<con:soapui-project name="Orders">\n  <con:credentials>\n    <con:username>svc-soap</con:username>\n'
     "    <con:password>{S}</con:password>\n  </con:credentials>\n</con:soapui-project>\n", "pw",
     "${#Project#password}"),
    ("robot-variables", "tests_e2e/resources/variables.robot",
     "*** Variables ***\n${BASE_URL}      https://portal.corp.example\n${USERNAME}      qa.admin\n"
     "${PASSWORD}      {S}\n", "pw", "%{PORTAL_PASSWORD}"),
    ("cypress-env-json", "cypress.env.json",
     '{\n  "login_user": "qa.admin",\n  "login_password": "{S}"\n}\n', "pw", ""),
    # --- Windows and macOS admin files ---------------------------------------------------------------------
    ("unattend-xml-plaintext", "deploy/windows/autounattend.xml",
     "<UserAccounts>\n  <AdministratorPassword>\n    <Value>{S}</Value>\n    <PlainText>true</PlainText>\n"
     "  </AdministratorPassword>\n</UserAccounts>\n", "pw", ""),
    ("winlogon-reg-defaultpassword", "deploy/windows/autologon.reg",
     "Windows Registry Editor Version 5.00\n\n"
     "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"
     '"AutoAdminLogon"="1"\n"DefaultUserName"="kiosk"\n"DefaultPassword"="{S}"\n', "pw", ""),
    ("mdt-customsettings-ini", "deploy/mdt/CustomSettings.ini",
     "[Settings]\nPriority=Default\n\n[Default]\nJoinDomain=corp.example\nDomainAdmin=svc_join\n"
     "DomainAdminDomain=CORP\nDomainAdminPassword={S}\nAdminPassword=*\n", "pw", ""),
    ("gpp-groups-xml-cpassword", "sysvol/Policies/{31B2F340}/Machine/Preferences/Groups/Groups.xml",
     '<?xml version="1.0" encoding="utf-8"?>\n<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">\n'
     '  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="LocalAdmin">\n'
     '    <Properties action="U" userName="LocalAdmin" cpassword="{S}" />\n  </User>\n</Groups>\n', "cpw", ""),
    ("wlan-profile-keymaterial", "deploy/wifi/Corp-WLAN.xml",
     '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">\n  <name>Corp-WLAN</name>\n'
     "  <MSM><security><sharedKey><keyType>passPhrase</keyType><protected>false</protected>\n"
     "    <keyMaterial>{S}</keyMaterial>\n  </sharedKey></security></MSM>\n</WLANProfile>\n", "pw", ""),
    ("mobileconfig-wifi-password", "deploy/macos/CorpWiFi.mobileconfig",
     '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>SSID_STR</key>\n'
     "  <string>Corp-WLAN</string>\n  <key>EncryptionType</key>\n  <string>WPA2</string>\n"
     "  <key>Password</key>\n  <string>{S}</string>\n</dict>\n</plist>\n", "pw", ""),
    ("iis-apppool-password", "deploy/iis/applicationHost.config",
     '<applicationPools>\n  <add name="OrdersPool">\n    <processModel identityType="SpecificUser" '
     'userName="CORP\\svc_orders" password="{S}" />\n  </add>\n</applicationPools>\n', "pw",
     "[enc:IISWASOnlyCngProvider:<cipher>:enc]"),
    ("putty-reg-proxypassword", "deploy/windows/putty-sessions.reg",
     "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\prod]\n"
     '"HostName"="bastion.corp.example"\n"ProxyUsername"="svc_proxy"\n"ProxyPassword"="{S}"\n', "pw", ""),
    ("sysprep-inf-adminpassword", "deploy/windows/sysprep.inf",
     "[GuiUnattended]\nAdminPassword={S}\nOEMSkipRegional=1\nTimeZone=110\n", "pw", "*"),
    ("plex-preferences-token", "deploy/plex/Preferences.xml",
     '<?xml version="1.0" encoding="utf-8"?>\n<Preferences MachineIdentifier="0f4c" PlexOnlineUsername="media" '
     'PlexOnlineToken="{S}" AcceptedEULA="1"/>\n', "plex", ""),
    # --- second sweep (held out from the first round's fixes: the same families in other spellings, and more
    # homes) -----------------------------------------------------------------------------------------------
    ("redis-acl-resetpass", "deploy/redis/acl/reporting.acl",
     "user reporting on resetpass >{S} ~report:* +@read\n", "pw", "<password>"),
    ("redis-acl-setuser-script", "ops/redis/bootstrap.sh",
     "#!/bin/sh\nredis-cli -h r1.internal ACL SETUSER ci on >{S} ~* +@all\nredis-cli ACL SAVE\n", "pw",
     "\"$CI_REDIS_PASSWORD\""),
    ("kickstart-user-password", "kickstart/rhel9-ks.cfg",
     "user --name=ansible --groups=wheel --password={S} --plaintext\nreboot\n", "pw", "$6$salt$hash --iscrypted"),
    ("preseed-user-password", "preseed/ubuntu.seed",
     "d-i passwd/user-fullname string Ops\nd-i passwd/username string ops\nd-i passwd/user-password password {S}\n",
     "pw", "${OPS_PW}"),
    ("robot-input-password", "tests_e2e/login.robot",
     "*** Test Cases ***\nValid Login\n    Open Browser    https://portal.corp.example    chrome\n"
     "    Input Text    id=username    qa.admin\n    Input Password    id=password    {S}\n", "pw", "${PASSWORD}"),
    ("hadoop-core-site-oauth-secret", "conf/core-site.xml",
     "<configuration>\n  <property>\n    <name>fs.azure.account.oauth2.client.secret</name>\n"
     "    <value>{S}</value>\n  </property>\n</configuration>\n", "an40", "${AZURE_SP_SECRET}"),
    ("hadoop-ssl-server-keystore", "conf/ssl-server.xml",
     "<configuration>\n<property>\n  <name>ssl.server.keystore.password</name>\n  <value>{S}</value>\n"
     "  <description>Must be specified.</description>\n</property>\n</configuration>\n", "pw", ""),
    ("jetty-realm-properties", "jetty/etc/realm.properties",
     "# username: password [,rolename ...]\nadmin: {S}, server-administrator, content-administrator\n", "pw",
     "MD5:164c88b302622e17050af52c89945d44"),
    ("karaf-users-properties", "karaf/etc/users.properties",
     "karaf = {S},_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer\n", "pw", "{CRYPT}<hash>{CRYPT}"),
    ("dhcpd-ddns-key", "etc/dhcp/dhcpd.conf",
     "ddns-update-style standard;\nkey DHCP_UPDATER {\n  algorithm hmac-md5;\n  secret {S};\n}\n", "b64_32", ""),
    ("rndc-key", "etc/bind/rndc.key",
     'key "rndc-key" {\n\talgorithm hmac-sha256;\n\tsecret "{S}";\n};\n', "b64_32", ""),
    ("exim-mysql-servers", "etc/exim4/conf.d/main/00_local",
     "hide mysql_servers = localhost/exim/exim/{S}\n", "pw", ""),
    ("offlineimap-localpass", "dotfiles/.config/offlineimap/config",
     "[Repository local]\ntype = IMAP\nlocalhost = 127.0.0.1\nlocaluser = me\nlocalpass = {S}\n", "pw", ""),
    ("gradle-signing-groovy-keypassword", "android/signing.gradle",
     'android.signingConfigs.release.keyPassword "{S}"\n', "pw", ""),
    ("scaleway-env", "ops/scaleway.env",
     "SCW_ACCESS_KEY=SCWD5WHU18B4WK7TQ2MN\nSCW_SECRET_KEY={S}\nSCW_DEFAULT_PROJECT_ID=proj\n", "uuid", ""),
    ("consul-acl-json", "deploy/consul/acl.json",
     '{\n  "acl": {\n    "enabled": true,\n    "tokens": {\n      "initial_management": "{S}"\n    }\n  }\n}\n', "uuid",
     ""),
    ("unattend-autologon", "deploy/windows/unattend.xml",
     "<AutoLogon>\n  <Password>\n    <Value>{S}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n"
     "  <Enabled>true</Enabled>\n  <Username>kiosk</Username>\n</AutoLogon>\n", "pw", ""),
    ("unattend-domain-join", "deploy/windows/join-unattend.xml",
     "<Identification>\n  <Credentials>\n    <Domain>corp.example</Domain>\n    <Password>{S}</Password>\n"
     "    <Username>svc_join</Username>\n  </Credentials>\n  <JoinDomain>corp.example</JoinDomain>\n"
     "</Identification>\n", "pw", ""),
    ("mobileconfig-vpn-sharedsecret-data", "deploy/macos/CorpVPN.mobileconfig",
     "<dict>\n  <key>IPSec</key>\n  <dict>\n    <key>AuthenticationMethod</key>\n    <string>SharedSecret</string>\n"
     "    <key>SharedSecret</key>\n    <data>{S}</data>\n  </dict>\n</dict>\n", "b64pw", ""),
    ("mobileconfig-exchange-password", "deploy/macos/Mail.mobileconfig",
     "<dict>\n  <key>EmailAddress</key>\n  <string>kiosk@corp.example</string>\n  <key>Password</key>\n"
     "  <string>{S}</string>\n  <key>PayloadType</key>\n  <string>com.apple.eas.account</string>\n</dict>\n", "pw", ""),
    # more homes
    ("tomcat-connector-keystorepass", "conf/server.xml",
     '<Connector port="8443" protocol="HTTP/1.1" SSLEnabled="true"\n'
     '           keystoreFile="conf/.keystore" keystorePass="{S}"\n           clientAuth="false" />\n', "pw",
     "${keystore.pass}"),
    ("unity-keystore-pass", "ProjectSettings/ProjectSettings.asset",
     "PlayerSettings:\n  AndroidKeystoreName: '{inproject}: user.keystore'\n  AndroidKeyaliasName: upload\n"
     "  AndroidKeystorePass: {S}\n  AndroidKeyaliasPass: \n", "pw", ""),
    ("azure-publishsettings", "Properties/PublishProfiles/orders.PublishSettings",
     '<publishData>\n  <publishProfile profileName="orders - Web Deploy" publishMethod="MSDeploy" '
     'publishUrl="orders.scm.azurewebsites.net:443" msdeploySite="orders" userName="$orders" '
     'userPWD="{S}" destinationAppUrl="https://orders.azurewebsites.net" />\n</publishData>\n', "an60",
     ""),
    ("aspnet-machinekey", "web.config",
     '<configuration>\n  <system.web>\n    <machineKey validationKey="{S}" '
     'decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" '
     'decryption="AES" />\n  </system.web>\n</configuration>\n', "HEX128", "AutoGenerate,IsolateApps"),
    ("envoy-sds-inline-string", "deploy/envoy/envoy.yaml",
     "secrets:\n  - name: upstream-api-key\n    generic_secret:\n      secret:\n        inline_string: {S}\n",
     "an40", ""),
    ("clojure-project-repositories", "project.clj",
     '(defproject corp/orders "1.0.0"\n  :repositories [["releases" {:url "https://nexus.corp.example/releases"\n'
     '                               :username "deploy" :password "{S}"}]])\n', "pw", ":env/nexus_password"),
    ("curlrc-user", "dotfiles/.curlrc",
     'silent\nuser = "svc-report:{S}"\n', "pw", "<password>"),
    ("schema-registry-basic-auth", "config/kafka/consumer.properties",
     "schema.registry.url=https://sr.corp.example\nbasic.auth.credentials.source=USER_INFO\n"
     "schema.registry.basic.auth.user.info=SRKEY7QW2:{S}\n", "an64", "${SR_API_KEY}:${SR_API_SECRET}"),
    ("beats-cloud-auth", "deploy/metricbeat/metricbeat.yml",
     'cloud.id: "prod:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyQ="\ncloud.auth: "elastic:{S}"\n', "pw",
     "${ES_CLOUD_AUTH}"),
    ("couchdb-local-ini-admins", "deploy/couchdb/local.ini",
     "[couchdb]\nsingle_node=true\n\n[admins]\nadmin = {S}\n", "pw", "-pbkdf2-<derived-key>,<salt>,10"),
    ("dovecot-passwd-file-plain", "etc/dovecot/users",
     "ops@corp.example:{PLAIN}{S}::::::\n", "pw", ""),
    ("sendmail-authinfo", "etc/mail/authinfo",
     'AuthInfo:smtp.corp.example "U:relay" "I:relay" "P:{S}" "M:PLAIN"\n', "pw", ""),
    ("nut-upsmon-monitor", "etc/nut/upsmon.conf",
     "MONITOR ups01@localhost 1 upsmon {S} primary\nSHUTDOWNCMD \"/sbin/shutdown -h +0\"\n", "pw", ""),
    ("snmpd-createuser", "etc/snmp/snmpd.conf",
     'createUser monitor SHA "{S}" AES "Zq4vLx9Rt2Wp7Kc3"\nrouser monitor priv\n', "pw", ""),
    ("collectd-mysql-plugin", "etc/collectd/collectd.conf",
     '<Plugin mysql>\n  <Database orders>\n    Host "db01"\n    User "collectd"\n    Password "{S}"\n'
     "  </Database>\n</Plugin>\n", "pw", ""),
    ("bacula-director-password", "etc/bacula/bacula-fd.conf",
     'Director {\n  Name = backup01-dir\n  Password = "{S}"\n}\n', "an32", ""),
    ("backuppc-config-pl", "etc/backuppc/config.pl",
     "$Conf{RsyncdUserName} = 'backuppc';\n$Conf{RsyncdPasswd} = '{S}';\n", "pw", ""),
    ("nifi-sensitive-props-key", "conf/nifi.properties",
     "nifi.sensitive.props.key={S}\nnifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256\n", "an24", ""),
    ("sqoop-options-file", "etl/import.options",
     "import\n--connect\njdbc:mysql://db01/sales\n--username\netl\n--password\n{S}\n", "pw", ""),
    ("minio-mc-config", "dotfiles/.mc/config.json",
     '{\n  "version": "10",\n  "aliases": {\n    "prod": {\n      "url": "https://minio.corp.example",\n'
     '      "accessKey": "etl-writer",\n      "secretKey": "{S}",\n      "api": "s3v4"\n    }\n  }\n}\n', "an40", ""),
    ("harbor-yml-admin", "deploy/harbor/harbor.yml",
     "hostname: registry.corp.example\nharbor_admin_password: {S}\ndatabase:\n  password: ${DB_PW}\n", "pw",
     "<admin-password>"),
    ("jcasc-jenkins-yaml", "deploy/jenkins/jenkins.yaml",
     "jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: admin\n          password: {S}\n", "pw",
     "${JENKINS_ADMIN_PASSWORD}"),
    ("kong-keyauth-credential", "deploy/kong/kong.yml",
     "_format_version: '3.0'\nconsumers:\n  - username: partner-a\n    keyauth_credentials:\n      - key: {S}\n",
     "an32", ""),
    ("ovh-conf", "dotfiles/.ovh.conf",
     "[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=7kbG7Bk7S9Nt7ZSV\napplication_secret={S}\n"
     "consumer_key=MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1\n", "an32", ""),
    ("rsconnect-dcf-secret", "rsconnect/shinyapps.io/dsmith.dcf",
     "name: dsmith\ntoken: 5C1F0E8D7B6A4938\nsecret: {S}\nserver: shinyapps.io\n", "b64_40", ""),
    ("svn-passwd-file", "svn/repos/orders/conf/passwd",
     "[users]\nharry = {S}\nsally = ${SALLY}\n", "pw", ""),
    ("caddy-dns-cloudflare", "deploy/caddy/Caddyfile",
     "corp.example {\n  tls {\n    dns cloudflare {S}\n  }\n  reverse_proxy app:8080\n}\n", "an40",
     "{env.CF_API_TOKEN}"),
    ("octopus-api-key", "deploy/octopus/octo.config",
     "OctopusServerUrl=https://octopus.corp.example\nOctopusApiKey={S}\n", "octo", "#{OctopusApiKey}"),
    ("cordova-build-json", "build.json",
     '{\n  "android": {\n    "release": {\n      "keystore": "release.keystore",\n      "storePassword": "{S}",\n'
     '      "alias": "upload",\n      "password": "{S}"\n    }\n  }\n}\n', "pw", ""),
    ("k3s-config-token", "etc/rancher/k3s/config.yaml",
     "write-kubeconfig-mode: \"0644\"\ntoken: {S}\ntls-san:\n  - k3s.corp.example\n", "an32", ""),
    ("kubeadm-bootstrap-token", "deploy/kubeadm/init.yaml",
     "apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n  - token: \"{S}\"\n"
     "    ttl: 24h0m0s\n", "kubeadm", ""),
    ("roundcube-des-key", "roundcube/config/config.inc.php",
     "<?php\n$config['db_dsnw'] = 'mysql://roundcube:' . getenv('RC_DB') . '@db01/roundcube';\n"
     "$config['des_key'] = '{S}';\n", "an24", ""),
    ("jupyterhub-proxy-auth-token", "deploy/jupyterhub/jupyterhub_config.py",
     "c.JupyterHub.hub_ip = '0.0.0.0'\nc.ConfigurableHTTPProxy.auth_token = '{S}'\n", "hex64",
     "os.environ['CONFIGPROXY_AUTH_TOKEN']"),
    ("trino-catalog-password", "etc/catalog/mysql.properties",
     "connector.name=mysql\nconnection-url=jdbc:mysql://db01:3306\nconnection-user=trino\n"
     "connection-password={S}\n", "pw", "${ENV:MYSQL_PASSWORD}"),
    # --- third sweep ---------------------------------------------------------------------------------------
    ("fastlane-matchfile-basic-auth", "fastlane/Matchfile",
     'git_url("https://git.corp.example/ios/certificates.git")\nstorage_mode("git")\n'
     'git_basic_authorization("{S}")\ntype("appstore")\n', "b64pw", 'ENV["MATCH_GIT_BASIC_AUTHORIZATION"]'),
    ("jenkins-job-string-parameter", "jenkins/jobs/deploy/config.xml",
     "<project>\n  <properties>\n    <hudson.model.ParametersDefinitionProperty>\n      <parameterDefinitions>\n"
     "        <hudson.model.StringParameterDefinition>\n          <name>DB_PASSWORD</name>\n"
     "          <defaultValue>{S}</defaultValue>\n          <trim>true</trim>\n"
     "        </hudson.model.StringParameterDefinition>\n      </parameterDefinitions>\n"
     "    </hudson.model.ParametersDefinitionProperty>\n  </properties>\n</project>\n", "pw", ""),
    ("gocd-environment-variable", "gocd/cruise-config.xml",
     '<pipeline name="orders">\n  <environmentvariables>\n    <variable name="DB_PASSWORD">\n'
     "      <value>{S}</value>\n    </variable>\n  </environmentvariables>\n</pipeline>\n", "pw", ""),
    ("telegraf-mysql-dsn", "deploy/telegraf/telegraf.d/mysql.conf",
     '[[inputs.mysql]]\n  servers = ["telegraf:{S}@tcp(db01.internal:3306)/?tls=false"]\n', "urlpw",
     "${MYSQL_DSN}"),
    ("go-mysql-dsn", "internal/store/db.go",
     'package store\n\nconst dsn = "orders:{S}@tcp(db01.internal:3306)/orders?parseTime=true"\n', "urlpw",
     ""),
    ("netdata-stream-api-key", "deploy/netdata/stream.conf",
     "[stream]\n    enabled = yes\n    destination = parent.corp.example:19999\n    api key = {S}\n", "uuid", ""),
    ("syslog-ng-password-call", "etc/syslog-ng/conf.d/es.conf",
     'destination d_es {\n  elasticsearch-http(\n    url("https://es01:9200/_bulk")\n    user("syslog")\n'
     '    password("{S}")\n  );\n};\n', "pw", '"`ES_PASSWORD`"'),
    ("octoprint-api-key", "deploy/octoprint/config.yaml",
     "api:\n  key: {S}\naccessControl:\n  enabled: true\n", "HEX32", ""),
    ("esphome-api-encryption-key", "esphome/garage.yaml",
     'esphome:\n  name: garage\napi:\n  encryption:\n    key: "{S}"\nota:\n  - platform: esphome\n', "b64_32",
     "!secret api_key"),
    ("codecov-yml-token", ".codecov.yml",
     "codecov:\n  token: {S}\n  require_ci_to_pass: true\n", "uuid", ""),
    ("sonarr-config-apikey", "deploy/sonarr/config.xml",
     "<Config>\n  <Port>8989</Port>\n  <ApiKey>{S}</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n"
     "</Config>\n", "hex32", ""),
    ("rediscli-auth-env", "ops/redis.env",
     "REDISCLI_AUTH={S}\n", "pw", ""),
    ("sentry-properties-auth-token", "android/sentry.properties",
     "defaults.org=corp\ndefaults.project=orders-app\nauth.token={S}\n", "hex64", ""),
    ("gpp-drives-xml-cpassword", "sysvol/Policies/{6AC1786C}/User/Preferences/Drives/Drives.xml",
     '<?xml version="1.0" encoding="utf-8"?>\n<Drives clsid="{8FDDCC1A-0C3C-43cd-A6B4-71A6DF20DA8C}">\n'
     '  <Drive name="S:"><Properties action="U" path="\\\\files\\share" userName="CORP\\svc_map" '
     'cpassword="{S}" letter="S"/></Drive>\n</Drives>\n', "cpw", ""),
    ("weechat-sasl-password", "dotfiles/.config/weechat/irc.conf",
     '[server]\nlibera.addresses = "irc.libera.chat/6697"\nlibera.sasl_username = "opsbot"\n'
     'libera.sasl_password = "{S}"\n', "pw", '"${sec.data.libera}"'),
    ("synapse-registration-secret", "deploy/synapse/homeserver.yaml",
     "server_name: corp.example\nregistration_shared_secret: \"{S}\"\nreport_stats: false\n", "an48",
     ""),
    ("node-red-credential-secret", "deploy/node-red/settings.js",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: \"{S}\",\n};\n", "an32",
     "process.env.NODE_RED_CREDENTIAL_SECRET"),
    ("dbeaver-data-sources", ".dbeaver/data-sources.json",
     '{\n  "connections": {\n    "postgres-jdbc-18c2": {\n      "provider": "postgresql",\n'
     '      "save-password": true,\n      "configuration": {\n        "host": "db01",\n        "user": "analyst",\n'
     '        "password": "{S}"\n      }\n    }\n  }\n}\n', "pw", ""),
    ("snmp-exporter-auth", "deploy/snmp_exporter/snmp.yml",
     "auths:\n  corp_v3:\n    version: 3\n    username: monitor\n    security_level: authPriv\n"
     "    password: {S}\n    auth_protocol: SHA\n    priv_protocol: AES\n    priv_password: Zq4vLx9Rt2Wp7Kc3\n", "pw",
     "${SNMP_AUTH}"),
    ("davfs2-secrets", "etc/davfs2/secrets",
     "https://dav.corp.example/remote.php/dav/files/ops ops {S}\n", "pw", ""),
    ("matterbridge-toml", "deploy/matterbridge/matterbridge.toml",
     '[mattermost.corp]\nServer="chat.corp.example:443"\nTeam="ops"\nLogin="bridge"\nPassword="{S}"\n', "pw", ""),
    ("renovate-host-rules", "renovate.json5",
     "{\n  hostRules: [\n    {\n      matchHost: 'nexus.corp.example',\n      username: 'renovate',\n"
     "      password: '{S}',\n    },\n  ],\n}\n", "pw", "'{{ secrets.NEXUS_PASSWORD }}'"),
    ("dependabot-registries", ".github/dependabot.yml",
     "version: 2\nregistries:\n  maven-corp:\n    type: maven-repository\n    url: https://nexus.corp.example\n"
     "    username: dependabot\n    password: {S}\n", "pw", "${{secrets.NEXUS_PASSWORD}}"),
    ("verdaccio-uplink-token", "deploy/verdaccio/config.yaml",
     "uplinks:\n  corp:\n    url: https://npm.corp.example/\n    auth:\n      type: bearer\n      token: {S}\n", "an40",
     "\"${NPM_UPLINK_TOKEN}\""),
    ("bitrise-envs", "bitrise.yml",
     "app:\n  envs:\n  - BITRISE_PROJECT_PATH: Orders.xcworkspace\n  - SIGNING_PASSWORD: {S}\n    opts:\n"
     "      is_expand: false\n", "pw", "$SIGNING_PASSWORD_SECRET"),
    ("sabnzbd-ini-api-key", "deploy/sabnzbd/sabnzbd.ini",
     "[misc]\nhost = 0.0.0.0\napi_key = {S}\nnzb_key = 0a1b2c3d4e5f60718293a4b5c6d7e8f9\n", "hex32", ""),
    ("nzbget-control-password", "deploy/nzbget/nzbget.conf",
     "ControlIP=0.0.0.0\nControlUsername=nzbget\nControlPassword={S}\n", "pw", ""),
    ("irssi-config-password", "dotfiles/.irssi/config",
     'servers = (\n  {\n    address = "irc.corp.example";\n    chatnet = "corp";\n    port = "6697";\n'
     '    password = "{S}";\n    use_tls = "yes";\n  }\n);\n', "pw", ""),
    ("tencent-tccli-credential", "dotfiles/.tccli/default.credential",
     '{\n    "secretId": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPL1",\n    "secretKey": "{S}"\n}\n', "an32", ""),
    ("zigbee2mqtt-mqtt-password", "deploy/zigbee2mqtt/configuration.yaml",
     "mqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://broker.internal\n  user: z2m\n  password: {S}\n", "pw",
     "'!secret.yaml password'"),
    # --- fourth sweep (held out) ------------------------------------------------------------------------------
    ("vault-approle-secret-id", "deploy/vault-agent/agent.env",
     "VAULT_ADDR=https://vault.corp.example:8200\nVAULT_ROLE_ID=5d4a1c3b-1111-2222-3333-444455556666\n"
     "VAULT_SECRET_ID={S}\n", "uuid", "${VAULT_SECRET_ID_FROM_CI}"),
    ("ceph-keyring", "etc/ceph/ceph.client.admin.keyring",
     '[client.admin]\n\tkey = {S}\n\tcaps mds = "allow *"\n\tcaps mon = "allow *"\n', "ceph", ""),
    ("libvirt-vnc-passwd", "deploy/libvirt/win-build.xml",
     "<domain type='kvm'>\n  <devices>\n    <graphics type='vnc' port='-1' autoport='yes' passwd='{S}' "
     "listen='0.0.0.0'/>\n  </devices>\n</domain>\n", "pw", ""),
    ("ovpn-inline-auth-user-pass", "vpn/corp.ovpn",
     "client\ndev tun\nremote vpn.corp.example 1194\n<auth-user-pass>\nsvc_vpn\n{S}\n</auth-user-pass>\n", "pw", ""),
    ("wireguard-preshared-key", "etc/wireguard/wg0.conf",
     "[Interface]\nAddress = 10.8.0.2/24\n\n[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\n"
     "PresharedKey = {S}\nEndpoint = vpn.corp.example:51820\n", "b64_32", ""),
    ("guacamole-user-mapping-param", "etc/guacamole/user-mapping.xml",
     '<user-mapping>\n  <authorize username="ops" password="5f4dcc3b5aa765d61d8327deb882cf99" encoding="md5">\n'
     '    <connection name="db01">\n      <protocol>ssh</protocol>\n      <param name="hostname">db01</param>\n'
     '      <param name="username">root</param>\n      <param name="password">{S}</param>\n    </connection>\n'
     "  </authorize>\n</user-mapping>\n", "pw", "${GUAC_ROOT_PASSWORD}"),
    ("peertube-secrets", "deploy/peertube/production.yaml",
     "listen:\n  hostname: '0.0.0.0'\nsecrets:\n  peertube: '{S}'\n", "hex64", ""),
    ("bigbluebutton-security-salt", "deploy/bbb/bbb-web.properties",
     "bigbluebutton.web.serverURL=https://bbb.corp.example\nsecuritySalt={S}\n", "an40", ""),
    ("freeswitch-vars-default-password", "deploy/freeswitch/vars.xml",
     '<include>\n  <X-PRE-PROCESS cmd="set" data="default_password={S}"/>\n'
     '  <X-PRE-PROCESS cmd="set" data="domain=$${local_ip_v4}"/>\n</include>\n', "pw", ""),
    ("cs2-server-cfg-rcon", "games/cs2/cfg/server.cfg",
     'hostname "Corp LAN"\nrcon_password "{S}"\nsv_password ""\n', "pw", ""),
    ("factorio-server-settings", "games/factorio/server-settings.json",
     '{\n  "name": "Corp",\n  "visibility": {"public": false, "lan": true},\n  "game_password": "{S}",\n'
     '  "require_user_verification": false\n}\n', "pw", ""),
    ("amavis-lookup-sql-dsn", "etc/amavis/conf.d/50-user",
     "@lookup_sql_dsn = (\n  ['DBI:mysql:database=mail;host=db01;port=3306', 'amavis', '{S}'],\n);\n", "pw", ""),
    ("rt-siteconfig-set", "etc/request-tracker5/RT_SiteConfig.pm",
     "Set($rtname, 'corp.example');\nSet($DatabaseUser, 'rt_user');\nSet($DatabasePassword, '{S}');\n1;\n", "pw",
     ""),
    ("otrs-config-pm", "otrs/Kernel/Config.pm",
     "package Kernel::Config;\nsub Load {\n    my $Self = shift;\n    $Self->{DatabaseUser} = 'otrs';\n"
     "    $Self->{DatabasePw} = '{S}';\n}\n1;\n", "pw", ""),
    ("mumble-murmur-ini", "deploy/mumble/murmur.ini",
     "database=/var/lib/mumble-server/mumble-server.sqlite\nserverpassword={S}\nport=64738\n", "pw", ""),
    ("frpc-toml-token", "deploy/frp/frpc.toml",
     'serverAddr = "frp.corp.example"\nserverPort = 7000\nauth.method = "token"\nauth.token = "{S}"\n', "an32",
     '"{{ .Envs.FRP_AUTH_TOKEN }}"'),
    ("ghost-config-mail-pass", "deploy/ghost/config.production.json",
     '{\n  "mail": {\n    "transport": "SMTP",\n    "options": {\n      "service": "Mailgun",\n      "auth": {\n'
     '        "user": "postmaster@mg.corp.example",\n        "pass": "{S}"\n      }\n    }\n  }\n}\n', "pw", ""),
    ("iscsid-chap-password", "etc/iscsi/iscsid.conf",
     "node.session.auth.authmethod = CHAP\nnode.session.auth.username = iqn-initiator\n"
     "node.session.auth.password = {S}\n", "pw", ""),
    ("containerd-registry-auth", "etc/containerd/config.toml",
     '[plugins."io.containerd.grpc.v1.cri".registry.configs."registry.corp.example".auth]\n  username = "k8s-pull"\n'
     '  password = "{S}"\n', "pw", ""),
    ("k3s-registries-yaml", "etc/rancher/k3s/registries.yaml",
     "configs:\n  registry.corp.example:\n    auth:\n      username: k3s-pull\n      password: {S}\n", "pw", ""),
    ("helmfile-set-password", "helmfile.yaml",
     "releases:\n  - name: orders-db\n    chart: bitnami/postgresql\n    set:\n      - name: auth.postgresPassword\n"
     "        value: {S}\n", "pw", '{{ requiredEnv "PG_PASSWORD" }}'),
    ("odbc-reg-export-pwd", "deploy/windows/odbc-dsn.reg",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\Sales]\n"
     '"Driver"="C:\\\\Windows\\\\system32\\\\sqlsrv32.dll"\n"Server"="sql01"\n"UID"="report"\n"PWD"="{S}"\n', "pw", ""),
    ("mastodon-otp-secret", "deploy/mastodon/.env.production",
     "LOCAL_DOMAIN=social.corp.example\nOTP_SECRET={S}\n", "hex128", ""),
    ("swanctl-secrets", "etc/swanctl/conf.d/site.conf",
     'secrets {\n  ike-branch {\n    id = branch.corp.example\n    secret = "{S}"\n  }\n}\n', "pw", ""),
    ("rcon-minecraft-compose", "games/mc/docker-compose.yml",
     "services:\n  mc:\n    image: itzg/minecraft-server\n    environment:\n      EULA: \"TRUE\"\n      RCON_PASSWORD: {S}\n",
     "pw", "${RCON_PASSWORD}"),
    ("pgadmin-servers-json", "deploy/pgadmin/servers.json",
     '{\n  "Servers": {\n    "1": {\n      "Name": "orders",\n      "Host": "db01",\n      "Username": "postgres",\n'
     '      "PassFile": "/pgpass",\n      "Password": "{S}"\n    }\n  }\n}\n', "pw", ""),
]

HUMAN_NAMES = ("Katrina", "Marcus", "Dolores", "Bramwell", "Priyanka", "Henrik", "Lucia", "Tobias")
SEASONS = ("Spring", "Summer", "Autumn", "Winter", "Fall")
WORDS = ("Welcome", "Company", "Sunshine", "Dragon", "Orders", "Harbor", "Monkey", "Football")


def make_value(rng: random.Random, kind: str, human: bool) -> str:
    up, lo, dg = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "0123456789"
    an = up + lo + dg

    def pick(alphabet: str, n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    if kind == "urlpw":  # inside a URL's userinfo: no '#', '%', '/' or '@' (they would end or break the URL)
        return make_value(rng, "pw", human).translate(str.maketrans("#%@", "!_+"))
    if kind == "pw":
        if human:
            style = rng.randrange(3)
            if style == 0:
                return f"{rng.choice(SEASONS)}{rng.randrange(2019, 2027)}{rng.choice('!#$@')}"
            if style == 1:
                return f"{rng.choice(HUMAN_NAMES)}{rng.randrange(10, 1999)}"
            return f"{rng.choice(WORDS)}@{rng.randrange(100, 9999)}"
        body = list(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 18))
        body[9] = rng.choice("#%+!_")
        return "".join(body)
    if kind == "b64pw":
        import base64
        return base64.b64encode(make_value(rng, "pw", human).encode()).decode()
    if kind == "userpass":
        return f"{pick(lo + dg, 8)}:{pick(lo + dg, 8)}"
    if kind.startswith("hex"):
        return pick("0123456789abcdef", int(kind[3:]))
    if kind.startswith("HEX"):
        return pick("0123456789ABCDEF", int(kind[3:]))
    if kind == "ceph":  # a cephx key: base64 of a 28-byte blob, "AQ" first
        import base64
        return base64.b64encode(b"\x01\x00" + bytes(rng.randrange(256) for _ in range(26))).decode()
    if kind == "octo":
        return "API-" + pick(up + dg, 27)
    if kind == "kubeadm":
        return pick(lo + dg, 6) + "." + pick(lo + dg, 16)
    if kind == "an36up":
        return pick(up + dg, 36)
    if kind.startswith("an"):
        return pick(an, int(kind[2:]))
    if kind == "b64_32":
        import base64
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    if kind == "b64_40":
        return pick(an + "+/", 40)
    if kind == "fernet":
        import base64
        return base64.urlsafe_b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    if kind == "cpw":
        import base64
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode().rstrip("=")
    if kind == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "jwt":
        import base64
        def seg(obj: dict) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
        return f"{seg({'alg': 'HS256'})}.{seg({'sub': 'svc-orders', 'iat': 1733000000 + rng.randrange(10**6)})}." \
               f"{pick(an + '-_', 43)}"
    if kind == "dapi":
        return "dapi" + pick("0123456789abcdef", 32)
    if kind == "influx":
        return pick(an + "-_", 86) + "=="
    if kind == "tfe":
        return pick(an, 14) + ".atlasv1." + pick(an, 67)
    if kind == "glpat":
        return "glpat-" + pick(an + "-_", 20)
    if kind == "nfp":
        return "nfp_" + pick(an, 36)
    if kind == "ngrok":
        return pick(an, 27) + "_" + pick(an, 21)
    if kind == "pnu":
        return "pnu_" + pick(an, 36)
    if kind == "plex":
        return pick(an + "-_", 20)
    raise ValueError(kind)


def build(rng: random.Random, mode: str) -> "list[tuple[str, str, str, str]]":
    out = []
    seen: "set[str]" = set()
    for name, rel, template, kind, decoy in CASES:
        if mode == "decoy":
            if not decoy:
                continue
            value = decoy
        else:
            if mode == "human" and kind not in ("pw", "urlpw"):
                continue
            value = make_value(rng, kind, mode == "human")
            while value in seen:
                value = make_value(rng, kind, mode == "human")
            seen.add(value)
        text = template.replace(S, value)
        out.append((name, rel, text, value))
    return out


def scan(root: str, base: str) -> "dict[tuple[str, int], list[dict]]":
    cmd = [sys.executable, "-m", "credgate", "dir", root, "--format", "json", "--no-redact", "-q", "--no-progress"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=base)
    report = json.loads(proc.stdout)
    by_loc: "dict[tuple[str, int], list[dict]]" = {}
    for f in report["findings"]:
        # one finding per value: the same value elsewhere is listed under "locations"
        for loc in f.get("locations") or [f]:
            full = loc["path"] if os.path.isabs(loc["path"]) else os.path.join(base, loc["path"])
            by_loc.setdefault((os.path.relpath(full, root), loc["line"]), []).append(f)
    return by_loc


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--only", choices=("block", "weak", "miss", "fp"), help="print only these outcomes")
    ap.add_argument("--modes", default="random,human,decoy")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    base = tempfile.mkdtemp(prefix="probe-homes-")
    totals = {}
    try:
        for mode in args.modes.split(","):
            root = os.path.join(base, mode, "workspace")
            planted = {}
            for name, rel, text, value in build(rng, mode):
                path = os.path.join(root, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w") as fh:
                    fh.write(text)
                lines = [i for i, ln in enumerate(text.splitlines(), 1) if value in ln]
                planted[name] = (rel, lines, value)
            by_loc = scan(root, os.path.join(base, mode))
            counts = {"block": 0, "weak": 0, "miss": 0, "fp": 0, "clean": 0}
            for name, (rel, lines, value) in planted.items():
                found = [f for ln in lines for f in by_loc.get((rel, ln), [])]
                if mode == "decoy":
                    outcome = "fp" if any(RANK[f["severity"]] >= RANK["medium"] for f in found) else "clean"
                    rule = ",".join(sorted({f"{f['rule_id']}:{f['severity']}" for f in found})) or "-"
                    sev = ""
                else:
                    hits = [f for f in found if value in f["secret"] or (f["secret"] in value
                                                                          and len(f["secret"]) >= len(value) // 2)]
                    if not hits:
                        outcome, rule, sev = "miss", "-", "-"
                    else:
                        best = max(hits, key=lambda f: RANK[f["severity"]])
                        rule, sev = best["rule_id"], best["severity"]
                        outcome = "block" if RANK[sev] >= RANK["medium"] else "weak"
                counts[outcome] += 1
                if (not args.only and outcome != "clean") or args.only == outcome:
                    extra = f"  [{value}]" if outcome in ("miss", "weak", "fp") else ""
                    print(f"{mode:6} {outcome:5}  {name:36} {sev:8} {rule}{extra}")
            totals[mode] = (len(planted), counts)
        for mode, (n, c) in totals.items():
            if mode == "decoy":
                print(f"{mode:6} cases {n}: blocking findings on a placeholder line {c['fp']}")
            else:
                print(f"{mode:6} cases {n}: block {c['block']}, weak {c['weak']}, miss {c['miss']}")
    finally:
        if args.keep:
            print("kept", base)
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
