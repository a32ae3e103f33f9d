from common import *
STORE = "Build the URL at run time from a password held in a secrets manager (AWS Secrets Manager with rotation, Vault dynamic database credentials) or an environment variable."
PW = r"([^\s:@/?#\"'<>{}$\\]{3,128})"
USER = r"[A-Za-z0-9_.~%+\-]{1,64}"
ALLOW = {"regexes": [r"^(?i:password|passwd|pass|pwd|secret|changeme|example|admin|root|user|username|postgres|mysql|guest|anonymous|redacted|x+|\*+|\.+)$",
                     r"^\$\{?[A-Za-z_]", r"^<.*>$", r"^\{\{.*\}\}$", r"^%\("]}
def pw(): return r(6) + "!" + r(5) if False else r(14)
def uri(id, name, scheme_re, kws, ex, negs, revoke, refs, sev="high", tags=()):
    return R(id, name, sev, "high", r"\b(?:" + scheme_re + r")://" + USER + r":" + PW + r"@[A-Za-z0-9.\-\[\]_]{1,255}", kws, ["uri", *tags],
             remed(revoke, "the server's connection/authentication logs for logins by this user from unexpected addresses.", STORE), refs, ex,
             negs, entropy=2.0, allowlist=ALLOW)
DBREV = "Change the user's password now ({cmd}) and update every client; if the server is reachable from the internet, also restrict it by network."
RULES = [
uri("postgres-uri-password", "PostgreSQL connection URI with password", r"postgres(?:ql)?(?:\+[a-z0-9]+)?", ["postgres"],
    [f'DATABASE_URL="postgres://app_rw:{pw()}@db.internal.acme.io:5432/orders"', f"SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://reporting:{r(8)}%21{r(4)}@10.0.4.17/analytics"],
    ["DATABASE_URL=postgres://user:password@localhost:5432/db", "postgres://app:${DB_PASSWORD}@db:5432/app", "postgresql://postgres@localhost/app", "postgres://u:<password>@host/db"],
    DBREV.format(cmd="ALTER ROLE app_rw WITH PASSWORD '...'; or aws rds modify-db-instance --master-user-password for RDS masters"),
    ["https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"], tags=("postgres", "database")),
uri("mysql-uri-password", "MySQL / MariaDB connection URI with password", r"mysql(?:\+[a-z0-9]+)?|mariadb", ["mysql", "mariadb"],
    [f"DB_URL=mysql://shop:{pw()}@mysql-primary.acme.local:3306/shop"], ["mysql://root:root@localhost/db", "mysql://app:$MYSQL_PWD@db/app"],
    DBREV.format(cmd="ALTER USER 'shop'@'%' IDENTIFIED BY '...';"), ["https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html"], tags=("mysql", "database")),
uri("mongodb-uri-password", "MongoDB connection URI with password", r"mongodb(?:\+srv)?", ["mongodb"],
    [f'MONGO_URL = "mongodb+srv://svc-api:{pw()}@cluster0.x1y2z.mongodb.net/prod?retryWrites=true"'], ["mongodb://admin:admin@localhost:27017", "mongodb+srv://<username>:<password>@cluster0.mongodb.net/"],
    DBREV.format(cmd="db.changeUserPassword('svc-api', '...') or Atlas > Database Access > Edit > Edit Password"), ["https://www.mongodb.com/docs/manual/reference/connection-string/"], tags=("mongodb", "database")),
uri("redis-uri-password", "Redis connection URI with password", r"rediss?", ["redis"],
    [f"REDIS_URL=rediss://default:{pw()}@cache.acme.io:6380/0"], ["redis://:password@localhost:6379", "redis://user:${REDIS_PASSWORD}@redis:6379"],
    DBREV.format(cmd="ACL SETUSER default >NEWPASS <OLDPASS, or CONFIG SET requirepass; ElastiCache: aws elasticache modify-replication-group --auth-token ... --auth-token-update-strategy ROTATE"),
    ["https://redis.io/docs/latest/develop/clients/"], tags=("redis", "cache")),
uri("amqp-uri-password", "AMQP (RabbitMQ) connection URI with password", r"amqps?", ["amqp"],
    [f"CELERY_BROKER_URL=amqp://worker:{pw()}@rabbitmq.acme.internal:5672/jobs"], ["amqp://guest:guest@localhost:5672//", "amqp://user:<pass>@host/"],
    DBREV.format(cmd="rabbitmqctl change_password worker NEWPASS"), ["https://www.rabbitmq.com/docs/uri-spec"], tags=("rabbitmq", "broker")),
uri("mssql-uri-password", "SQL Server connection URI with password", r"mssql(?:\+[a-z0-9]+)?|sqlserver", ["mssql", "sqlserver"],
    [f"DB=mssql+pyodbc://etl:{pw()}@sql01.corp.acme.com:1433/warehouse?driver=ODBC+Driver+18+for+SQL+Server"], ["mssql://sa:<YourStrong@Passw0rd>@localhost"],
    DBREV.format(cmd="ALTER LOGIN etl WITH PASSWORD = '...';"), ["https://learn.microsoft.com/sql/connect/jdbc/building-the-connection-url"], tags=("mssql", "database")),
uri("ftp-uri-password", "FTP / SFTP URL with password", r"s?ftps?", ["ftp"],
    [f"backup_target: ftp://backup:{pw()}@files.acme-hosting.net/nightly/"], ["ftp://anonymous:anonymous@ftp.gnu.org/", "sftp://user:${SFTP_PASS}@host/"],
    "Change the account's password on the server and switch to key-based SFTP.", ["https://datatracker.ietf.org/doc/html/rfc1738#section-3.2"], tags=("ftp",)),
uri("smtp-uri-password", "SMTP URL with password", r"smtps?", ["smtp"],
    [f"EMAIL_URL=smtp://notifications%40acme.io:{pw()}@smtp.mailhost.net:587"], ["smtp://user:password@localhost:25"],
    "Change the mailbox or SMTP credential's password (or regenerate the provider's SMTP key) and review sent mail for abuse.", ["https://django-environ.readthedocs.io/en/latest/types.html#email-url"], tags=("smtp", "email")),
uri("basic-auth-url", "HTTP(S) URL with embedded username and password", r"https?", ["http"],
    [f"pip install --index-url https://ci-reader:{pw()}@pypi.internal.acme.io/simple/ acme-core", f"url = \"https://deploy:{pw()}@git.acme.io/platform/infra.git\""],
    ["https://user:pass@example.com/", "https://${USER}:${PASS}@registry/", "http://localhost:8080", "https://user:<token>@host/repo.git", "https://:@host/"],
    "Change the password or revoke the token used in the URL on the service it points to.", ["https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1"], tags=("http", "basic-auth")),
R("jdbc-password", "JDBC URL with password parameter", "high", "high",
  r"\bjdbc:[a-z0-9]{2,20}:[^\s\"'<>]{3,300}?[?;&:](?i:password|pwd)=([^;&\s\"'<>{}$]{3,128})", ["jdbc:"], ["uri", "jdbc", "database"],
  remed("Change the database user's password and update every client.", "", STORE), ["https://jdbc.postgresql.org/documentation/use/#connection-parameters"],
  [f"spring.datasource.url=jdbc:postgresql://db.acme.local:5432/billing?user=billing&password={pw()}", f"jdbc:sqlserver://sql01:1433;databaseName=crm;user=crm_app;password={pw()};encrypt=true"],
  ["jdbc:postgresql://localhost/db?user=app&password=${DB_PASSWORD}", "jdbc:mysql://localhost/db?password=password"], entropy=2.0, allowlist=ALLOW),
]
