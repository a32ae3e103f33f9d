"""fresh21 templates, AWS infrastructure as code (Kestrel Valley Communications): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless, ECS task definitions, Lambda configurations, CodeBuild,
Terraform and tfvars, Terragrunt, CDK (TypeScript, Python, Java), Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/ledgerline-db.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  ledgerline - billing and rating database (Aurora PostgreSQL) and the rated-usage stream (MSK).
  Account 418270395561 (bss-prod), us-east-2.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  RatingDbPassword:
    Type: String
    NoEcho: true
  VpcId:
    Type: AWS::EC2::VPC::Id
Resources:
  RatingCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.5'
      DatabaseName: ledgerline
      MasterUsername: ledger_admin
      MasterUserPassword: «pwc:ledgerdb»  ⟦password|Aurora PostgreSQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-2:418270395561:key/«uuid:kmsledger»  ⟪KMS key ARN⟫
      Tags:
        - Key: cost-center
          Value: bss-billing
        - Key: data-class
          Value: cpni
        - Key: owner
          Value: ledgerline@kestrelnet.net
  RatingReplicaUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub ledgerline/${Env}/rating-reader
      SecretString: !Sub '{"username":"rating_ro","password":"${RatingDbPassword}"}'  ⟪Sub of a NoEcho parameter⟫
      Tags:
        - Key: cost-center
          Value: bss-billing
"""),
    ("infra/cfn/ledgerline-msk.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ledgerline usage stream - MSK with SASL/SCRAM for the CDR mediation and rating consumers
Resources:
  UsageCluster:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: ledgerline-usage
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 3
      BrokerNodeGroupInfo:
        InstanceType: kafka.m5.large
        ClientSubnets: [subnet-0a41c9e27d3b86f15, subnet-0f7d2e91b4c35a608, subnet-05c8e1f3a92d47b6e]  ⟪subnet ids⟫
      ClientAuthentication:
        Sasl:
          Scram:
            Enabled: true
  MediationScram:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_ledgerline_mediation
      KmsKeyId: alias/ledgerline-msk
      SecretString: '{"username":"mediation","password":"«pwx:mskmediation»"}'  ⟦password|MSK SCRAM SecretString literal⟧
  RatingScram:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_ledgerline_rating
      KmsKeyId: alias/ledgerline-msk
      GenerateSecretString:
        SecretStringTemplate: '{"username":"rating"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludePunctuation: true
  ScramAssoc:
    Type: AWS::MSK::BatchScramSecret
    Properties:
      ClusterArn: !Ref UsageCluster
      SecretArnList: [!Ref MediationScram, !Ref RatingScram]
"""),
    ("infra/cfn/switchyard-acs.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: switchyard - TR-069 ACS (GenieACS) on ECS Fargate behind an NLB, account 730615482094
Parameters:
  AcsImage:
    Type: String
    Default: 562948170323.dkr.ecr.us-east-2.amazonaws.com/switchyard/genieacs@sha256:«sha256:acsimg»  ⟪image digest⟫
  CpeConnReqPassword:
    Type: String
    NoEcho: true
    Default: «pwr:cpeconnreq»  ⟦password|NoEcho parameter with a literal Default (CPE connection-request password)⟧
Resources:
  AcsTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: switchyard-genieacs
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '2048'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: genieacs-cwmp
          Image: !Ref AcsImage
          PortMappings: [{ContainerPort: 7547}]
          Environment:
            - Name: GENIEACS_MONGODB_CONNECTION_URL
              Value: mongodb://genieacs:«pct:pwn:acsmongo»@docdb-acs.cluster-cq1w7x3k9z2m.us-east-2.docdb.amazonaws.com:27017/genieacs?tls=true  ⟦conn-string|DocumentDB URL with password in ECS env⟧
            - Name: GENIEACS_UI_JWT_SECRET
              Value: «b62:48-acsjwt»  ⟦app-secret|GenieACS UI JWT secret in ECS env⟧
            - Name: GENIEACS_CWMP_ACCESS_LOG_FILE
              Value: /dev/stdout
            - Name: CPE_CONNREQ_PASSWORD
              Value: !Ref CpeConnReqPassword
          Secrets:
            - Name: GENIEACS_EXT_CALIX_TOKEN
              ValueFrom: arn:aws:secretsmanager:us-east-2:730615482094:secret:switchyard/calix-smx-«b62:6-calixarn»  ⟪secret ARN in ValueFrom⟫
      Tags:
        - Key: app
          Value: switchyard
        - Key: noc-pager
          Value: access-network
"""),
    ("infra/cfn/aerie-radius.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: aerie-aaa - FreeRADIUS fleet for PPPoE/IPoE subscribers and the MVNO data sessions
Parameters:
  NasSharedSecret:
    Type: String
    NoEcho: true
    MinLength: 16
  AmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /kvc/ami/al2023-freeradius  ⟪SSM parameter name as Default⟫
Resources:
  RadiusLaunch:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: aerie-radius
      LaunchTemplateData:
        ImageId: !Ref AmiId
        InstanceType: c7g.large
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            set -euo pipefail
            cat > /etc/raddb/clients.d/bng.conf <<EOF
            client bng-core {
              ipaddr = 10.40.0.0/16
              secret = ${NasSharedSecret}
            }
            client meridian-pgw {
              ipaddr = 172.31.220.0/24
              secret = «pwx:meridianradius»  ⟦password|RADIUS shared secret for the host network PGW in UserData⟧
            }
            EOF
            export PGPASSWORD='«pwl:radiusdb»'  ⟦password|PGPASSWORD in UserData⟧
            psql -h aaa-db.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com -U radius -c 'select 1' radius
            systemctl enable --now radiusd
      TagSpecifications:
        - ResourceType: instance
          Tags:
            - Key: role
              Value: radius
            - Key: patch-group
              Value: aaa-wed
"""),
    ("infra/cfn/portgate-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: portgate - number porting (NPAC SOA via iconectiv, host-MNO port-in API) and E911 record sync
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    Environment:
      Variables:
        POWERTOOLS_SERVICE_NAME: portgate
Resources:
  PortInFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: portgate/port_in.handler
      CodeUri: src/
      Environment:
        Variables:
          NPAC_SOA_USER: kvc-soa-prd
          NPAC_SOA_PASSWORD: «pwx:npacsoa»  ⟦password|NPAC SOA password in Lambda env⟧
          KVC_SPID: '8421'
      Tags:
        app: portgate
        data-class: cpni
  E911SyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: portgate/e911_sync.handler
      CodeUri: src/
      Environment:
        Variables:
          INTRADO_API_BASE: https://api.intrado-vui.net/v2
          INTRADO_CLIENT_ID: kestrel-vui-prd
          INTRADO_CLIENT_SECRET: '{{resolve:secretsmanager:portgate/intrado:SecretString:client_secret}}'  ⟪dynamic reference⟫
          BANDWIDTH_ACCOUNT_ID: '5009813'
          BANDWIDTH_API_PASSWORD: «pwl:bw911»  ⟦password|Bandwidth 911 Access API password in Lambda env⟧
      Policies:
        - SSMParameterReadPolicy:
            ParameterName: portgate/*
"""),
    ("infra/cfn/selfcare-web.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: perch self-care API (bill pay, plan changes, outage map) - account 418270395561
Parameters:
  StripeSecretKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /perch/prod/stripe-secret-key  ⟪SSM parameter name⟫
Resources:
  BillPayFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/billpay.handler
      CodeUri: ./
      Environment:
        Variables:
          STRIPE_SECRET_KEY: !Ref StripeSecretKey
          STRIPE_PUBLISHABLE_KEY: «pk:perchweb»  ⟪Stripe publishable key⟫
          STRIPE_WEBHOOK_SECRET: «whsec:perch»  ⟦stripe|Stripe webhook signing secret in Lambda env⟧
          PAYMENTUS_API_KEY: «b62:40-paymentus»  ⟦app-secret|Paymentus API key in Lambda env⟧
  OutageMapFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/outages.handler
      CodeUri: ./
      Environment:
        Variables:
          MAPBOX_PUBLIC_TOKEN: «mapboxpk:perch»  ⟪Mapbox public token⟫
          MAPBOX_UPLOAD_TOKEN: «mapboxsk:perchupload»  ⟦app-secret|Mapbox secret token in Lambda env⟧
Outputs:
  ApiUrl:
    Value: !Sub https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod
"""),
    ("infra/cfn/bill-print-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bill print and lockbox file exchange (Transfer Family connector to the print vendor, SFTP for the bank)
Resources:
  PrintVendorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/c-inkriver/credentials
      SecretString: !Sub |
        {"Username": "kvc_bills", "Password": "«pwn:inkriver»"}  ⟦password|Transfer connector secret literal⟧
  PrintConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.inkriver-print.com
      AccessRole: arn:aws:iam::418270395561:role/transfer-inkriver
      SftpConfig:
        UserSecretId: !Ref PrintVendorSecret
        TrustedHostKeys:
          - «sshpub:edinkriverhost:»  ⟪host public key⟫
  LockboxUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: s-4d1e9b07c3a25f8e6
      UserName: firstvalley-lockbox
      Role: arn:aws:iam::418270395561:role/transfer-lockbox
      SshPublicKeys:
        - «sshpub:edlockbox:firstvalley-lockbox»  ⟪SSH public key⟫
"""),
    ("infra/cfn/noc-alerting.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "NOC alert fan-out: CloudWatch alarms to PagerDuty and Opsgenie through EventBridge API destinations",
  "Resources": {
    "PagerDutyConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "noc-pagerduty",
        "AuthorizationType": "API_KEY",
        "AuthParameters": {
          "ApiKeyAuthParameters": {
            "ApiKeyName": "Authorization",
            "ApiKeyValue": "Token token=«okx:20-pdapi»"  ⟦pagerduty|PagerDuty REST token in an EventBridge connection⟧
          }
        }
      }
    },
    "OpsgenieConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "noc-opsgenie",
        "AuthorizationType": "API_KEY",
        "AuthParameters": {
          "ApiKeyAuthParameters": {
            "ApiKeyName": "Authorization",
            "ApiKeyValue": "GenieKey «uuid:opsgenie»"  ⟦app-secret|Opsgenie GenieKey in an EventBridge connection⟧
          }
        }
      }
    },
    "StatusPageConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "noc-statuspage",
        "AuthorizationType": "API_KEY",
        "AuthParameters": {
          "ApiKeyAuthParameters": {
            "ApiKeyName": "Authorization",
            "ApiKeyValue": "{{resolve:secretsmanager:noc/statuspage:SecretString:api_key}}"  ⟪dynamic reference⟫
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/roost-drm.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "roost-tv DRM key provider (SPEKE) for MediaPackage: Widevine, PlayReady, FairPlay. Account 289304716658.",
  "Parameters": {
    "Env": {"Type": "String", "Default": "prod"},
    "FairPlayAsk": {"Type": "String", "NoEcho": true}
  },
  "Resources": {
    "SpekeFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "roost-speke",
        "Runtime": "java21",
        "Handler": "net.kestrelnet.roost.speke.Handler::handleRequest",
        "Role": "arn:aws:iam::289304716658:role/roost-speke",
        "Code": {"S3Bucket": "kvc-video-artifacts", "S3Key": "speke/speke-2.4.1.jar"},
        "Environment": {
          "Variables": {
            "WIDEVINE_PROVIDER": "kestrelnet",
            "WIDEVINE_SIGNING_KEY": "«wvkey:provider»",  ⟦app-secret|Widevine provider signing key (hex) in Lambda env⟧
            "PLAYREADY_KEY_SEED": "«keyseed:playready»",  ⟦app-secret|PlayReady key seed in Lambda env⟧
            "FAIRPLAY_ASK": {"Ref": "FairPlayAsk"}
          }
        },
        "Tags": [
          {"Key": "app", "Value": "roost-tv"},
          {"Key": "cost-center", "Value": "video"}
        ]
      }
    }
  }
}
"""),
    ("infra/cfn/ledgerline.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "RatingDbPassword", "ParameterValue": "«pw:ratingro»"},  ⟦password|parameter file password, season + year⟧
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0c47e19d2a8b35f61"},  ⟪VPC id⟫
  {"ParameterKey": "SureTaxValidationKey", "ParameterValue": "«uuid:suretax»"}  ⟦app-secret|SureTax validation key in a parameter file⟧
]
"""),
    ("infra/cfn/aerie-radius.params.json", r"""
{
  "Parameters": {
    "NasSharedSecret": "«pwx:bngradius»",  ⟦password|RADIUS NAS shared secret in a parameter file⟧
    "AmiId": "/kvc/ami/al2023-freeradius"
  },
  "Tags": {
    "app": "aerie-aaa",
    "noc-pager": "aaa"
  }
}
"""),
    ("infra/cfn/roost-drm.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "FairPlayAsk", "ParameterValue": "«ki:fairplayask»"}  ⟦app-secret|FairPlay application secret key in a parameter file⟧
]
"""),
    ("infra/cfn/callcentre-connect.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: care centre - Genesys Cloud to AWS bridge (EventBridge partner bus, Lambda data actions)
Resources:
  DataActionFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: care-genesys-data-action
      Runtime: python3.12
      Handler: app.handler
      Role: arn:aws:iam::418270395561:role/care-data-action
      Code:
        S3Bucket: kvc-bss-artifacts
        S3Key: care/data-action-1.9.0.zip
      Environment:
        Variables:
          GENESYS_REGION: usw2.pure.cloud
          GENESYS_CLIENT_ID: «uuid:genesysclient»  ⟪Genesys OAuth client id⟫
          GENESYS_CLIENT_SECRET: «genesys:care»  ⟦app-secret|Genesys Cloud client secret in Lambda env⟧
          LEDGERLINE_API_TOKEN: «jwt:care-data-action»  ⟦jwt|long-lived service JWT in Lambda env⟧
      Tags:
        - Key: app
          Value: care
  PartnerBus:
    Type: AWS::Events::EventBus
    Properties:
      Name: aws.partner/genesys.com/cloud/«uuid:genesysorg»/kvc-care  ⟪partner event source name⟫
"""),
    ("infra/cfn/ses-notify.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the OSS mailers (outage notices, porting confirmations)
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-oss
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt of the secret, not a value⟫
  # handed to the NOC mailer on 2026-10-02, kept here "for reference":
  # user «akid:sesoss»  ⟦aws-ses-smtp|SES SMTP user in a template comment⟧
  # pass «sesv4:sesoss»  ⟦aws-ses-smtp|SES SMTP password in a template comment⟧
"""),
    ("infra/cfn/field-tablets.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: field technician tablets - Cognito for the dispatch app, IoT for meter result uploads
Resources:
  DispatchPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: kvc-field
      MfaConfiguration: 'ON'
  SalesforceIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref DispatchPool
      ProviderName: SalesforceFS
      ProviderType: OIDC
      ProviderDetails:
        client_id: «sfck:fieldidp»  ⟪Salesforce consumer key (client id)⟫
        client_secret: «hex:64-fieldidp»  ⟦app-secret|OIDC client secret in a Cognito identity provider⟧
        oidc_issuer: https://kestrelnet.my.salesforce.com
        authorize_scopes: openid profile email
        attributes_request_method: GET
  MeterUploadRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'field/meters/+/results'
        Actions:
          - Http:
              Url: https://api.stratasync.viavisolutions.com/v1/results
              Headers:
                - Key: X-Api-Key
                  Value: «b62:32-stratasync»  ⟦app-secret|VIAVI StrataSync API key in an IoT HTTP action header⟧
"""),
    ("infra/cfn/wholesale-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN to Cascadia Open Access (wholesale FTTH partner) and the interconnect SBC
Resources:
  CascadiaCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 64731
      IpAddress: 198.51.100.77
      Type: ipsec.1
  CascadiaVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref CascadiaCgw
      TransitGatewayId: tgw-0b93e4a1d7c26f058  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - TunnelInsideCidr: 169.254.41.0/30
          PreSharedKey: «b62:32-cascadiat1»  ⟦password|VPN tunnel pre-shared key⟧
        - TunnelInsideCidr: 169.254.41.4/30
          PreSharedKey: «b62:32-cascadiat2»  ⟦password|VPN tunnel pre-shared key⟧
      Tags:
        - Key: partner
          Value: cascadia-open-access
"""),
    ("infra/cfn/bss-codebuild.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild projects for ledgerline and perch
Resources:
  LedgerBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: ledgerline-build
      ServiceRole: arn:aws:iam::562948170323:role/codebuild-bss
      Source: {Type: CODEPIPELINE}
      Artifacts: {Type: CODEPIPELINE}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
        EnvironmentVariables:
          - Name: SONAR_TOKEN
            Type: PLAINTEXT
            Value: «sqp:ledgerline»  ⟦sonarqube|SonarQube token as a PLAINTEXT CodeBuild variable⟧
          - Name: ARTIFACTORY_PASSWORD
            Type: SECRETS_MANAGER
            Value: ci/artifactory:password  ⟪SECRETS_MANAGER reference⟫
          - Name: SNYK_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/snyk-token  ⟪PARAMETER_STORE reference⟫
  PerchBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: perch-web
      ServiceRole: arn:aws:iam::562948170323:role/codebuild-bss
      Source: {Type: GITHUB, Location: https://github.com/kestrelnet/perch.git}
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: NPM_TOKEN
            Value: «npm:perch»  ⟦npm|npm token as a CodeBuild variable⟧
"""),
    ("infra/cfn/cdr-glue.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CDR and TAP file ingest - Glue jobs reading the mediation drop and the roaming clearing house
Resources:
  CdrJdbc:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: mediation-oracle
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@//mediation-db.kvc.local:1521/MEDPRD
          USERNAME: cdr_extract
          PASSWORD: «pw6:mediationora»  ⟦password|Glue connection password⟧
  TapIngest:
    Type: AWS::Glue::Job
    Properties:
      Name: tap3-ingest
      Role: arn:aws:iam::418270395561:role/glue-cdr
      Command:
        Name: glueetl
        ScriptLocation: s3://kvc-bss-artifacts/glue/tap3_ingest.py
      DefaultArguments:
        --job-language: python
        --clearinghouse_sftp_user: kvc_tap
        --clearinghouse_sftp_password: «pwp:tapsftp»  ⟦password|Glue DefaultArguments password⟧
        --additional-python-modules: asn1tools==0.166.0
"""),
    ("infra/cfn/stepfn-porting.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: port-out validation flow (Step Functions calling the host MNO's API directly)
Resources:
  PortOutFlow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineName: portgate-port-out
      RoleArn: arn:aws:iam::418270395561:role/portgate-sfn
      Definition:
        StartAt: ValidatePin
        States:
          ValidatePin:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: https://wholesale.meridian-wholesale.net/port/v3/validate
              Method: POST
              Headers:
                Authorization: Bearer «trtoken:meridiansfn»  ⟦app-secret|bearer token in a Step Functions HTTP task header⟧
              Authentication:
                ConnectionArn: arn:aws:events:us-east-2:418270395561:connection/meridian/«uuid:meridconn»  ⟪connection ARN⟫
            End: true
"""),
    ("infra/cfn/cloudfront-tv.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: roost-tv origin shield and signed URLs for the catch-up library
Resources:
  TvDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: mediapackage
            DomainName: «lo:12-mpid».egress.mediapackage-vod.us-west-2.amazonaws.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin verification header value⟧
        DefaultCacheBehavior:
          TargetOriginId: mediapackage
          ViewerProtocolPolicy: redirect-to-https
          TrustedKeyGroups: [«uuid:tvkeygroup»]  ⟪key group id⟫
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
  SigningPublicKey:
    Type: AWS::CloudFront::PublicKey
    Properties:
      PublicKeyConfig:
        CallerReference: roost-2026
        Name: roost-signing-2026
        EncodedKey: |
          «pubpem:ectvsign»  ⟪public key PEM⟫
"""),
    ("infra/cfn/docsis-builder.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: switchyard DOCSIS config-file builder (renders and signs CM config files for the TFTP/HTTP servers)
Parameters:
  CmtsSharedSecret:
    Type: String
    NoEcho: true
    Default: «pwx:cmtsshared»  ⟦password|DOCSIS shared secret as a NoEcho Default⟧
Resources:
  BuilderFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: builder.handler
      CodeUri: docsis/
      MemorySize: 256
      Environment:
        Variables:
          DOCSIS_SHARED_SECRET: !Ref CmtsSharedSecret
          SNMP_RW_COMMUNITY: «community:cmrw»  ⟦password|SNMP read-write community written into CM configs⟧
          SNMP_RO_COMMUNITY: public  ⟪SNMP default community⟫
          TFTP_BUCKET: kvc-docsis-configs
"""),
    ("infra/sam/usage-alerts/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: usage-alerts - SMS and e-mail when a customer hits 80/100% of their data bucket
Parameters:
  SmppPassword:
    Type: String
    NoEcho: true
Resources:
  NotifyFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: notify.handler
      CodeUri: src/
      Environment:
        Variables:
          SMSC_HOST: smsc-a.meridian-wholesale.net
          SMPP_SYSTEM_ID: kvcalrt
          SMPP_PASSWORD: !Ref SmppPassword
          TWILIO_ACCOUNT_SID: «twac:alerts»  ⟪Twilio account SID⟫
          TWILIO_AUTH_TOKEN: «hex:32-twilioalerts»  ⟦twilio|Twilio auth token in SAM env⟧
          SENDGRID_API_KEY: «sg:alerts»  ⟦sendgrid|SendGrid key in SAM env⟧
      Events:
        Usage:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-2:418270395561:usage-thresholds
"""),
    ("infra/sam/usage-alerts/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "usage-alerts"
region = "us-east-2"
s3_prefix = "usage-alerts"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "SmppPassword=«smpp:usagealerts» Env=prod"  ⟦password|SMPP bind password in samconfig parameter_overrides⟧
confirm_changeset = false

[stage.deploy.parameters]
stack_name = "usage-alerts-stage"
parameter_overrides = "SmppPassword=${SMPP_PASSWORD_STAGE} Env=stage"  ⟪environment reference⟫
"""),
    ("infra/sam/cpe-inventory/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: cpe-inventory - nightly pull of ONT/modem inventory from Calix SMx and the Arris/CommScope CMTSes
Resources:
  PullFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: pull.handler
      CodeUri: src/
      Timeout: 900
      Environment:
        Variables:
          SMX_URL: https://smx.kvc.local:18443/rest/v1
          SMX_USER: inventory-api
          SMX_PASSWORD: «pwl:smxinv»  ⟦password|Calix SMx API password in SAM env⟧
          NETBOX_TOKEN: «netbox:cpeinv»  ⟦app-secret|NetBox API token in SAM env⟧
          NETBOX_URL: https://netbox.kvc.local
      Events:
        Nightly:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: cron(15 4 * * ? *)
"""),
    ("infra/sam/cpe-inventory/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: cpe-inventory
      region: us-east-2
      resolve_s3: true
      capabilities: CAPABILITY_IAM
      tags: app="switchyard" cost-center="access-network"
      parameter_overrides:
        - SmxPassword={{resolve:ssm-secure:/switchyard/smx-password}}  ⟪ssm-secure reference⟫
        - Env=prod
"""),
    ("infra/serverless/lnp-dip/serverless.yml", r"""
service: lnp-dip
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prod'}
  tags:
    app: talon-voice
    cost-center: voice
  environment:
    NEUSTAR_LNP_URL: https://lnp-dip.neustar.biz/dip
    NEUSTAR_LNP_USER: kestrel_dip
    NEUSTAR_LNP_PASSWORD: «pwr:lnpdip»  ⟦password|LNP dip password in serverless.yml⟧
    BANDWIDTH_USER: ${ssm:/talon/bandwidth/user}  ⟪ssm reference⟫
    BANDWIDTH_PASSWORD: ${ssm:/talon/bandwidth/password}  ⟪ssm reference⟫
    TELNYX_API_KEY: «telnyx:cnam»  ⟦app-secret|Telnyx API key in serverless.yml⟧
functions:
  dip:
    handler: src/dip.handler
    events:
      - httpApi: {path: '/dip/{tn}', method: get}
"""),
    ("infra/serverless/cnam/serverless.yml", r"""
service: cnam-lookup
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    OPENCNAM_ACCOUNT_SID: «twac:opencnam»  ⟪account SID⟫
    OPENCNAM_AUTH_TOKEN: ${env:OPENCNAM_AUTH_TOKEN}  ⟪env reference⟫
    CACHE_TABLE: cnam-cache
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [dynamodb:GetItem, dynamodb:PutItem]
          Resource: arn:aws:dynamodb:us-east-2:730615482094:table/cnam-cache
functions:
  lookup:
    handler: handler.lookup
"""),
    ("infra/serverless/store-locator/serverless.ts", r"""
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'store-locator',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'us-east-2',
    environment: {
      GOOGLE_MAPS_BROWSER_KEY: '«aiza:storemaps»',  ⟪Maps browser key⟫
      RQ_CLIENT_ID: 'kestrel-retail',
      RQ_CLIENT_SECRET: '«b62:40-iqmetrix»',  ⟦app-secret|iQmetrix RQ client secret in serverless.ts⟧
      SMARTY_AUTH_ID: '«uuid:smartyid»',  ⟪Smarty auth id⟫
      SMARTY_AUTH_TOKEN: '«b62:20-smarty»',  ⟦app-secret|Smarty auth token in serverless.ts⟧
    },
  },
  functions: { nearest: { handler: 'src/nearest.handler', events: [{ httpApi: 'GET /stores' }] } },
};

module.exports = config;
"""),
    ("infra/ecs/ledgerline-rater.json", r"""
{
  "family": "ledgerline-rater",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "2048",
  "memory": "4096",
  "executionRoleArn": "arn:aws:iam::418270395561:role/ecsTaskExecution",
  "taskRoleArn": "arn:aws:iam::418270395561:role/ledgerline-rater",
  "containerDefinitions": [
    {
      "name": "rater",
      "image": "562948170323.dkr.ecr.us-east-2.amazonaws.com/ledgerline/rater:4.12.0",
      "essential": true,
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://ledgerline.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com:5432/ledgerline"},
        {"name": "SPRING_DATASOURCE_USERNAME", "value": "ledger_app"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:ledgerapp»"},  ⟦password|ECS task environment datasource password⟧
        {"name": "KAFKA_SASL_JAAS_CONFIG", "value": "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"rating\" password=\"«pwx:mskrating»\";"},  ⟦password|SCRAM JAAS password in ECS env⟧
        {"name": "SURETAX_CLIENT_NUMBER", "value": "«num:9-suretaxclient»"}
      ],
      "secrets": [
        {"name": "AVALARA_LICENSE_KEY", "valueFrom": "arn:aws:ssm:us-east-2:418270395561:parameter/ledgerline/avalara-license"}  ⟪valueFrom SSM⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/ledgerline-rater", "awslogs-region": "us-east-2", "awslogs-stream-prefix": "rater"}}
    }
  ]
}
"""),
    ("infra/ecs/talon-kamailio.json", r"""
{
  "family": "talon-kamailio",
  "networkMode": "host",
  "requiresCompatibilities": ["EC2"],
  "containerDefinitions": [
    {
      "name": "kamailio",
      "image": "562948170323.dkr.ecr.us-east-2.amazonaws.com/talon/kamailio:5.7.4",
      "memory": 1024,
      "environment": [
        {"name": "DBURL", "value": "mysql://kamailio:«pct:pwn:kamdb»@talon-db.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com/kamailio"},  ⟦conn-string|Kamailio DB URL with password⟧
        {"name": "INTELIQUENT_TRUNK_USER", "value": "kvc-tg4471"},
        {"name": "INTELIQUENT_TRUNK_PASS", "value": "«sip:inteliquent»"}  ⟦password|SIP trunk digest password in ECS env⟧
      ]
    },
    {
      "name": "rtpengine",
      "image": "562948170323.dkr.ecr.us-east-2.amazonaws.com/talon/rtpengine:12.2",
      "memory": 2048,
      "environment": [{"name": "INTERFACE", "value": "private/10.30.4.12!198.51.100.42"}]
    }
  ]
}
"""),
    ("infra/ecs/roost-middleware.yaml", r"""
family: roost-middleware
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '1024'
memory: '2048'
executionRoleArn: arn:aws:iam::289304716658:role/ecsTaskExecution
containerDefinitions:
  - name: middleware
    image: 562948170323.dkr.ecr.us-west-2.amazonaws.com/roost/middleware:7.3.2
    environment:
      - name: GRACENOTE_API_KEY
        value: «lo:24-gracenote»  ⟦app-secret|Gracenote EPG API key in an ECS task definition⟧
      - name: VERIMATRIX_VCAS_USER
        value: roostmw
      - name: VERIMATRIX_VCAS_PASSWORD
        value: «pw6:vcas»  ⟦password|Verimatrix VCAS password in an ECS task definition⟧
      - name: REDIS_URL
        value: rediss://default:«pwr:roostredis»@master.roost-mw.b2c7ds.usw2.cache.amazonaws.com:6379  ⟦conn-string|Redis URL with a password⟧
    secrets:
      - name: SESSION_SIGNING_KEY
        valueFrom: arn:aws:secretsmanager:us-west-2:289304716658:secret:roost/session-key-«b62:6-roostsess»  ⟪valueFrom ARN⟫
"""),
    ("infra/ecs/oss-mailer.json", r"""
{
  "family": "oss-mailer",
  "containerDefinitions": [
    {
      "name": "mailer",
      "image": "562948170323.dkr.ecr.us-east-2.amazonaws.com/oss/mailer:2.0.3",
      "environment": [
        {"name": "SMTP_HOST", "value": "email-smtp.us-east-2.amazonaws.com"},
        {"name": "SMTP_USER", "value": "«akid:sesoss»"},  ⟦aws-ses-smtp|SES SMTP user (an access key id) in ECS env⟧
        {"name": "SMTP_PASS", "value": "«sesv4:sesoss»"},  ⟦aws-ses-smtp|SES SMTP password in ECS env⟧
        {"name": "FROM", "value": "noc-notices@kestrelnet.net"}
      ]
    }
  ]
}
"""),
    ("infra/lambda/ont-alarm-forwarder.json", r"""
{
  "FunctionName": "ont-alarm-forwarder",
  "Runtime": "python3.12",
  "Handler": "forward.handler",
  "Role": "arn:aws:iam::730615482094:role/ont-alarm-forwarder",
  "CodeSha256": "«b64k:32-ontfwdsha»",  ⟪CodeSha256 digest⟫
  "Environment": {
    "Variables": {
      "ALTIPLANO_URL": "https://altiplano.kvc.local/rest",
      "ALTIPLANO_USER": "alarm-bridge",
      "ALTIPLANO_PASSWORD": "«pwp:altiplano»",  ⟦password|Nokia Altiplano password in a Lambda configuration⟧
      "SLACK_WEBHOOK_URL": "«slackhook:ontalarms»"  ⟦slack|Slack webhook in a Lambda configuration⟧
    }
  },
  "TracingConfig": {"Mode": "Active"},
  "Version": "$LATEST"
}
"""),
    ("infra/lambda/sim-activation.json", r"""
{
  "FunctionName": "mvno-sim-activation",
  "Runtime": "java21",
  "Handler": "net.kestrelnet.mvno.Activate::handleRequest",
  "Environment": {
    "Variables": {
      "HOST_MNO_API": "https://wholesale.meridian-wholesale.net/mvno/v2",
      "HOST_MNO_CLIENT_ID": "kestrel-mvno",
      "HOST_MNO_CLIENT_SECRET": "«okx:48-meridianmvno»",  ⟦app-secret|host-MNO client secret in a Lambda configuration⟧
      "SMDP_ES2_URL": "https://smdp.simvendor.net/gsma/rsp2/es2plus",
      "SMDP_FUNCTION_REQUESTER": "1.3.6.1.4.1.31746",
      "AWS_ACCESS_KEY_ID": "«akid:simactivation»",  ⟦aws-key-id|key id in a Lambda configuration⟧
      "AWS_SECRET_ACCESS_KEY": "«awssec:simactivation»"  ⟦aws-secret|secret in a Lambda configuration⟧
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-east-2:418270395561:key/«uuid:kmssim»"
}
"""),
    ("infra/codebuild/buildspec-switchyard.yml", r"""
version: 0.2
env:
  variables:
    GOFLAGS: -mod=readonly
    GENIEACS_E2E_USER: e2e
  parameter-store:
    NETBOX_TOKEN: /ci/netbox-token  ⟪parameter-store reference⟫
  secrets-manager:
    DOCKERHUB_TOKEN: ci/dockerhub:token  ⟪secrets-manager reference⟫
phases:
  install:
    commands:
      - go version
  pre_build:
    commands:
      - aws ecr get-login-password | docker login --username AWS --password-stdin 562948170323.dkr.ecr.us-east-2.amazonaws.com
      - echo "$DOCKERHUB_TOKEN" | docker login -u kestrelci --password-stdin
  build:
    commands:
      - make test
      - docker build -t switchyard/docsis-builder:$CODEBUILD_RESOLVED_SOURCE_VERSION docsis/
"""),
    ("infra/codebuild/buildspec-roost-android.yml", r"""
version: 0.2
env:
  variables:
    ANDROID_SDK_ROOT: /opt/android-sdk
    KEYSTORE_PATH: app/roost-release.jks
    KEYSTORE_PASSWORD: «pwl:roostks»  ⟦password|Android keystore password in a buildspec⟧
    KEY_ALIAS: roost-upload
  exported-variables:
    - VERSION_CODE
phases:
  pre_build:
    commands:
      - aws s3 cp s3://kvc-video-artifacts/signing/roost-release.jks app/
  build:
    commands:
      - ./gradlew :app:bundleOperatorRelease -Pandroid.injected.signing.store.password=$KEYSTORE_PASSWORD  ⟪shell variable reference⟫
"""),
    ("infra/codebuild/buildspec-perch.yml", r"""
version: 0.2
env:
  variables:
    NODE_ENV: production
    NEXT_PUBLIC_STRIPE_KEY: «pk:perchweb»  ⟪Stripe publishable key⟫
    SENTRY_AUTH_TOKEN: sntrys_«b64k:60-sentryauth»  ⟦sentry|Sentry auth token in a buildspec⟧
phases:
  build:
    commands:
      - npm ci
      - npm run build
      - npx sentry-cli sourcemaps upload .next --org kestrelnet --project perch
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.60" }
    netbox  = { source = "e-breuninger/netbox", version = "~> 3.9" }
    pagerduty = { source = "PagerDuty/pagerduty", version = "~> 3.15" }
    grafana = { source = "grafana/grafana", version = "~> 3.7" }
  }
  backend "s3" {
    bucket         = "kvc-terraform-state-562948170323"
    key            = "network/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "terraform-locks"
  }
}

provider "aws" {
  region = "us-east-2"
}

provider "netbox" {
  server_url = "https://netbox.kvc.local"
  api_token  = "«netbox:terraform»"  ⟦app-secret|NetBox API token in a Terraform provider⟧
}

provider "pagerduty" {
  token = var.pagerduty_token  ⟪variable reference⟫
}

provider "grafana" {
  url  = "https://kestrelnet.grafana.net"
  auth = "«glsa:terraform»"  ⟦app-secret|Grafana service-account token in a provider⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "pagerduty_token" {
  type      = string
  sensitive = true
}

variable "radius_db_password" {
  type      = string
  sensitive = true
  default   = "«pwl:radiusdb»"  ⟦password|Terraform variable default password⟧
}

variable "acs_admin_password" {
  type        = string
  sensitive   = true
  description = "GenieACS UI admin; set in tfvars"
  default     = ""  ⟪empty default⟫
}

variable "tacacs_key" {
  type      = string
  sensitive = true
}
"""),
    ("infra/terraform/aaa-db.tf", r"""
resource "aws_rds_cluster" "aaa" {
  cluster_identifier          = "aaa-db"
  engine                      = "aurora-postgresql"
  engine_version              = "15.5"
  database_name               = "radius"
  master_username             = "radius_admin"
  manage_master_user_password = true  ⟪managed master password⟫
  storage_encrypted           = true
  tags = {
    app         = "aerie-aaa"
    cost-center = "network"
  }
}

resource "aws_rds_cluster" "acs" {
  cluster_identifier = "docdb-acs"
  engine             = "docdb"
  master_username    = "genieacs"
  master_password    = "«pwn:acsmongo»"  ⟦password|DocumentDB master password in Terraform⟧
}

resource "random_password" "noc_grafana" {
  length  = 32
  special = false
}

resource "aws_ssm_parameter" "noc_grafana" {
  name  = "/noc/grafana/admin"
  type  = "SecureString"
  value = random_password.noc_grafana.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "smx" {
  name = "switchyard/calix-smx"
}

resource "aws_secretsmanager_secret_version" "smx" {
  secret_id     = aws_secretsmanager_secret.smx.id
  secret_string = jsonencode({ user = "switchyard", password = "«pwx:smxapi»" })  ⟦password|secret_string literal in Terraform⟧
}

resource "aws_secretsmanager_secret" "sm_dp" {
  name = "mvno/smdp-es2"
}

resource "aws_secretsmanager_secret_version" "sm_dp" {
  secret_id     = aws_secretsmanager_secret.sm_dp.id
  secret_string = var.smdp_es2_secret  ⟪variable reference⟫
}

resource "aws_ssm_parameter" "syniverse" {
  name  = "/ledgerline/syniverse/token"
  type  = "SecureString"
  value = "«trtoken:syniverse»"  ⟦app-secret|Syniverse token as an SSM parameter literal⟧
}
"""),
    ("infra/terraform/noc-iam.tf", r"""
resource "aws_iam_user" "oxidized" {
  name = "noc-oxidized-backup"
}

resource "aws_iam_access_key" "oxidized" {
  user    = aws_iam_user.oxidized.name
  pgp_key = "keybase:kvc_noc"  ⟪pgp key reference⟫
}

output "oxidized_secret" {
  value     = aws_iam_access_key.oxidized.encrypted_secret  ⟪encrypted secret attribute⟫
  sensitive = true
}

locals {
  # legacy LibreNMS poller on the colo box, still uses a static key until the SSM agent lands
  librenms_key_id     = "«akid:librenms»"  ⟦aws-key-id|key id in Terraform locals⟧
  librenms_key_secret = "«awssec:librenms»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/pagerduty.tf", r"""
resource "pagerduty_service" "access" {
  name              = "Access Network (OLT/CMTS)"
  escalation_policy = pagerduty_escalation_policy.noc.id
}

resource "pagerduty_service_integration" "cloudwatch" {
  name    = "CloudWatch"
  service = pagerduty_service.access.id
  vendor  = data.pagerduty_vendor.cloudwatch.id
}

resource "aws_sns_topic_subscription" "pd" {
  topic_arn = "arn:aws:sns:us-east-2:730615482094:noc-access"
  protocol  = "https"
  endpoint  = "https://events.pagerduty.com/integration/«hex:32-pdroute»/enqueue"  ⟦pagerduty|PagerDuty integration key in a subscription endpoint⟧
}
"""),
    ("infra/terraform/monitoring.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "syslog_to_splunk" {
  name        = "noc-syslog-splunk"
  destination = "splunk"
  splunk_configuration {
    hec_endpoint      = "https://http-inputs-kestrelnet.splunkcloud.com:443"
    hec_token         = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in Firehose config⟧
    hec_endpoint_type = "Raw"
    s3_backup_mode    = "FailedEventsOnly"
    s3_configuration {
      role_arn   = "arn:aws:iam::730615482094:role/firehose-splunk"
      bucket_arn = "arn:aws:s3:::kvc-noc-syslog-failed"
    }
  }
}

resource "aws_kinesis_firehose_delivery_stream" "flowlogs_dd" {
  name        = "vpc-flowlogs-datadog"
  destination = "http_endpoint"
  http_endpoint_configuration {
    url        = "https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input"
    name       = "Datadog"
    access_key = "«ddapi:firehose»"  ⟦datadog|Datadog API key in Firehose config⟧
    role_arn   = "arn:aws:iam::730615482094:role/firehose-datadog"
    s3_configuration {
      role_arn   = "arn:aws:iam::730615482094:role/firehose-datadog"
      bucket_arn = "arn:aws:s3:::kvc-flowlogs-failed"
    }
  }
}
"""),
    ("infra/terraform/ec2-sbc.tf", r"""
resource "aws_instance" "sbc_a" {
  ami           = "ami-0f3c81d7b2a49e650"  ⟪AMI id⟫
  instance_type = "c6in.xlarge"
  subnet_id     = "subnet-09b2d7e4c18f3a5a0"
  user_data     = <<-EOT
    #!/bin/bash
    echo 'sbcadmin:«pwc:sbcadmin»' | chpasswd  ⟦password|chpasswd in Terraform user_data⟧
    /opt/sbc/bin/configure --trunk inteliquent --auth-user kvc-tg4471 --auth-pass '«sip:inteliquent»'  ⟦password|SIP trunk password on a command line in user_data⟧
  EOT
  tags = {
    Name = "talon-sbc-a"
    app  = "talon-voice"
  }
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
environment        = "prod"
region             = "us-east-2"
pagerduty_token    = "«okx:20-pdtf»"  ⟦pagerduty|PagerDuty API token in tfvars⟧
acs_admin_password = "«pwp:acsadmin»"  ⟦password|GenieACS admin password in tfvars⟧
smdp_es2_secret    = "«b64k:32-smdpes2»"  ⟦app-secret|SM-DP+ ES2+ shared secret in tfvars⟧
netbox_url         = "https://netbox.kvc.local"
olt_count          = 46
"""),
    ("infra/terraform/env/stage.tfvars.json", r"""
{
  "environment": "stage",
  "region": "us-east-2",
  "pagerduty_token": "«okx:20-pdstage»",  ⟦pagerduty|PagerDuty API token in JSON tfvars⟧
  "acs_admin_password": "admin",  ⟪vendor default⟫
  "radius_db_password": "«pwp:radiusstage»",  ⟦password|database password in JSON tfvars⟧
  "olt_count": 2
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.61.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockaws»",  ⟪lock file hash⟫
    "zh:«sha256:lockawszh1»",
    "zh:«sha256:lockawszh2»",
  ]
}
"""),
    ("infra/terraform/modules/olt-mgmt/main.tf", r"""
variable "olt_name" { type = string }
variable "mgmt_ip" { type = string }

resource "netbox_device" "olt" {
  name           = var.olt_name
  device_type_id = 41
  role_id        = 7
  site_id        = 12
}

resource "aws_ssm_parameter" "olt_cli" {
  name  = "/olt/${var.olt_name}/cli-password"
  type  = "SecureString"
  value = "«pw6:oltcli»"  ⟦password|OLT CLI password as a module SSM literal⟧
}

resource "aws_ssm_parameter" "olt_snmpv3" {
  name  = "/olt/${var.olt_name}/snmpv3-auth"
  type  = "SecureString"
  value = data.aws_ssm_parameter.snmpv3_master.value  ⟪data source value⟫
}
"""),
    ("infra/terraform/grafana-noc.tf", r"""
resource "grafana_data_source" "cloudwatch_legacy" {
  type = "cloudwatch"
  name = "CloudWatch (colo)"
  json_data_encoded = jsonencode({ defaultRegion = "us-east-2", authType = "keys" })
  secure_json_data_encoded = jsonencode({
    accessKey = "«akid:grafanacw»"  ⟦aws-key-id|key id in a Grafana data source⟧
    secretKey = "«awssec:grafanacw»"  ⟦aws-secret|secret in a Grafana data source⟧
  })
}

resource "grafana_data_source" "librenms" {
  type = "mysql"
  name = "LibreNMS"
  url  = "librenms-db.kvc.local:3306"
  username = "grafana_ro"
  secure_json_data_encoded = jsonencode({ password = "«pwn:librenmsro»" })  ⟦password|MySQL data source password⟧
}
"""),
    ("infra/terragrunt/network/prod/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../terraform/modules//olt-mgmt"
}

inputs = {
  olt_name       = "olt-bvl-01"
  mgmt_ip        = "10.12.0.21"
  snmpv3_auth    = "«pwx:snmpv3auth»"  ⟦password|SNMPv3 auth password in Terragrunt inputs⟧
}
"""),
    ("infra/terragrunt/root.hcl", r"""
remote_state {
  backend = "s3"
  config = {
    bucket         = "kvc-terraform-state-562948170323"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "us-east-2"
    encrypt        = true
    dynamodb_table = "terraform-locks"
  }
}

inputs = {
  pagerduty_token = get_env("PAGERDUTY_TOKEN")  ⟪get_env reference⟫
}
"""),
    ("infra/cdk/lib/talon-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class TalonStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const pbxDb = new rds.DatabaseCluster(this, 'PbxDb', {
      engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_05_2 }),
      credentials: rds.Credentials.fromGeneratedSecret('freepbx'),  ⟪fromGeneratedSecret⟫
      writer: rds.ClusterInstance.provisioned('writer'),
    });

    const provisioning = new ecs.FargateTaskDefinition(this, 'PhoneProv');
    provisioning.addContainer('prov', {
      image: ecs.ContainerImage.fromRegistry('562948170323.dkr.ecr.us-east-2.amazonaws.com/talon/phone-prov:3.1'),
      environment: {
        PROV_HTTP_USER: 'phones',
        PROV_HTTP_PASSWORD: '«pwp:phoneprov»',  ⟦password|phone provisioning server password in CDK env⟧
      },
      secrets: {
        DB_PASSWORD: ecs.Secret.fromSecretsManager(pbxDb.secret!, 'password'),  ⟪ecs Secret reference⟫
      },
    });

    new secretsmanager.Secret(this, 'BroadworksOci', {
      secretName: 'talon/broadworks-oci',
      secretStringValue: cdk.SecretValue.unsafePlainText('«pwx:broadworksoci»'),  ⟦password|CDK unsafePlainText secret⟧
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/talon.ts",
  "context": {
    "@aws-cdk/core:stackRelativeExports": true,
    "talon:accountId": "730615482094",
    "talon:sbcPublicIp": "198.51.100.42",
    "talon:e911ApiUser": "kvc-e911",
    "talon:e911ApiPassword": "«pwc:e911ctx»",  ⟦password|password in cdk.json context⟧
    "talon:provisioningKey": "{{resolve:secretsmanager:talon/prov-key}}"  ⟪dynamic reference⟫
  }
}
"""),
    ("infra/cdk-py/roost_stack.py", r"""
from aws_cdk import Stack, SecretValue, aws_lambda as _lambda, aws_secretsmanager as sm
from constructs import Construct


class RoostStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        key = sm.Secret.from_secret_name_v2(self, "VcasKey", "roost/vcas-api")  ⟪fromSecretNameV2⟫

        _lambda.Function(
            self, "EpgIngest",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="epg.handler",
            code=_lambda.Code.from_asset("lambda/epg"),
            environment={
                "GRACENOTE_API_KEY": "«lo:24-gracenote»",  ⟦app-secret|Gracenote key in CDK Python⟧
                "VCAS_KEY_ARN": key.secret_arn,
            },
        )

        sm.Secret(self, "StbOta", secret_name="roost/stb-ota",
                  secret_string_value=SecretValue.unsafe_plain_text("«pwr:stbota»"))  ⟦password|unsafe_plain_text secret in CDK Python⟧
"""),
    ("infra/cdk-java/src/main/java/net/kestrelnet/infra/CareStack.java", r"""
package net.kestrelnet.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.constructs.Construct;

public class CareStack extends Stack {
    public CareStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseInstance.Builder.create(this, "WfmDb")
            .engine(DatabaseInstanceEngine.SQL_SERVER_SE)
            .credentials(Credentials.fromPassword("wfm_admin",
                SecretValue.unsafePlainText("«pwn:wfmdb»")))  ⟦password|CDK Java unsafePlainText DB password⟧
            .build();
        DatabaseInstance.Builder.create(this, "QaDb")
            .engine(DatabaseInstanceEngine.SQL_SERVER_SE)
            .credentials(Credentials.fromSecret(
                software.amazon.awscdk.services.secretsmanager.Secret.fromSecretNameV2(this, "QaSecret", "care/qa-db")))  ⟪fromSecretNameV2⟫
            .build();
    }
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  kvc-network:oltCount: "46"
  kvc-network:librenmsDbPassword: «pwn:librenmsdb»  ⟦password|Pulumi plaintext config password⟧
  kvc-network:oxidizedPassword:
    secure: AAABA«b64k:48-pulumisecure»  ⟪Pulumi secure value⟫
  kvc-network:netboxToken: «netbox:pulumi»  ⟦app-secret|NetBox token in Pulumi plaintext config⟧
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const oxidized = cfg.requireSecret("oxidizedPassword");  ⟪requireSecret⟫

const noc = new aws.ec2.Instance("librenms", {
  ami: "ami-04a81a99f5ec58529",
  instanceType: "m7i.large",
  userData: pulumi.interpolate`#!/bin/bash
echo "OXIDIZED_PASSWORD=${oxidized}" >> /etc/oxidized.env
echo "LIBRENMS_API_TOKEN=«hex:32-librenmsapi»" >> /etc/librenms.env`,  ⟦app-secret|LibreNMS API token in Pulumi userData⟧
  tags: { app: "noc", role: "librenms" },
});
"""),
]
