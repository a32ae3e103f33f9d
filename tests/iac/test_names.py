"""Which names are secret slots, and which literals in them count."""
from __future__ import annotations

import pytest

from credgate.iac.names import is_secret_name, literal_problem, url_password

SECRET = """DB_PASSWORD API_KEY STRIPE_SECRET STRIPE_KEY MasterUserPassword AuthToken Password SecretString dbpassword
JWT_SECRET ClientSecret apiKey APIKey AWS_SECRET_ACCESS_KEY AWS_ACCESS_KEY_ID OAuthToken GITHUB_TOKEN DbPass private_key
secret_key access_key master_password SESSION_SECRET ENCRYPTION_KEY DATABASE_CREDENTIALS BASIC_AUTH MasterCred
PrivateKeyPassphrase SECRET_KEY_BASE --db-password partnerApiKey""".split()
NOT_SECRET = """SECRET_ARN DB_PASSWORD_PARAM SecretArn KeyName KmsKeyId PasswordLength TOKEN_TTL SECRET_NAME SecretId
GenerateSecretString ManageMasterUserPassword PublicKey TOKEN_URL ApiKeyRequired PasswordPolicy SecretStringTemplate
DB_USER MasterUsername key CACHE_KEY PARTITION_KEY DB_HOST TOKEN_ISSUER PASSWORD_MIN_LENGTH SecretsManagerSecretId
AuthType TokenValidityUnits kms_key_id key_name public_key PASSWORD_HASH_ALGO API_KEY_ID password-stdin
GITHUB_TOKEN_SECRET_ID DB_PASSWORD_ROTATION_DAYS ENABLE_API_KEY_AUTH SLACK_WEBHOOK_URL""".split()


@pytest.mark.parametrize("name", SECRET)
def test_secret_names(name):
    assert is_secret_name(name)


@pytest.mark.parametrize("name", NOT_SECRET)
def test_pointer_and_setting_names(name):
    assert not is_secret_name(name)


@pytest.mark.parametrize("value", ["Winter2024!", "correct-horse-battery-staple", "s3cr3t-pw", "P@ssw0rd2024"])
def test_typed_passwords_count_even_at_low_entropy(value):
    assert literal_problem(value) is None


@pytest.mark.parametrize("value", ["", "  ", "changeme", "{{resolve:secretsmanager:x}}", "${DbPassword}", "****",
                                   "arn:aws:secretsmanager:us-east-1:111122223333:secret:x", "/prod/db/password",
                                   "true", "1234", "<your-api-key>", "AKIAIOSFODNN7EXAMPLE", "$(cat /run/secrets/x)"])
def test_references_placeholders_and_empty_are_not(value):
    assert literal_problem(value) is not None


def test_url_password():
    assert url_password("postgres://app:Quartz-River-90@db:5432/x") == ("Quartz-River-90", 15)
    assert url_password("postgres://app:${Pw}@db") is None
    assert url_password("postgres://postgres:postgres@db:5432/app") is None  # local development default
    assert url_password("https://example.org/path") is None
