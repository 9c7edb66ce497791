import { Duration, type RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { ORIGIN_SECRET_HEADER } from '#functions/lib/cloudfront-only.ts';
import { sessionCookieName } from '#shared/auth/session-token.ts';
import { webDist } from '../build.ts';
import { contentSecurityPolicy, hstsMaxAgeSeconds } from '../security-headers.ts';
import type { StageConfig } from '../stage-config.ts';

/** Rewrites app paths (no file extension) to the SPA's index.html; API paths never reach it. */
const spaRouting = `function handler(event) {
  var uri = event.request.uri;
  if (uri.indexOf('.') === -1) { event.request.uri = '/index.html'; }
  return event.request;
}`;

export interface WebProps {
  config: StageConfig;
  removalPolicy: RemovalPolicy;
  /** The built web app to deploy. */
  webRoot?: string;
  /** The API's host name and the secret CloudFront proves itself with. */
  api: { domainName: string; originSecret: ISecret };
}

/** The error statuses whose caching CloudFront lets a distribution set (10 s by default). */
export const CACHED_ERROR_STATUSES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];

/** CloudFront in front of the web app's bucket and, under `/api/*`, the API; with its access logs. */
export class Web {
  readonly distribution: Distribution;
  /** Where the site is served: the custom domain, or CloudFront's own. */
  readonly publicBaseUrl: string;

  constructor(stack: Stack, { config, removalPolicy, webRoot, api }: WebProps) {
    const accessLogs = new Bucket(stack, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy,
      autoDeleteObjects: !config.production,
    });
    const webBucket = new Bucket(stack, 'Web', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'web-bucket/',
      removalPolicy,
      autoDeleteObjects: !config.production,
    });

    const headers = new ResponseHeadersPolicy(stack, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });
    // The API sees CloudFront's address as the source; the viewer's comes in CloudFront-Viewer-Address,
    // which per-client rate limits need (trusted as only CloudFront holds the origin secret). Host is
    // not forwarded: API Gateway needs its own.
    const apiOriginRequest = new OriginRequestPolicy(stack, 'ApiOriginRequest', {
      headerBehavior: OriginRequestHeaderBehavior.allowList(
        'Accept',
        'Accept-Language',
        'Content-Type',
        'Origin',
        'Referer',
        'User-Agent',
        'CloudFront-Viewer-Address',
      ),
      cookieBehavior: OriginRequestCookieBehavior.all(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
    });
    // The API says in Cache-Control what may be kept (an anonymous public answer, briefly); an answer
    // without it is not kept, and none longer than the feeds' and OpenAPI document's max-age. Answers
    // are keyed by every query string and by the session cookie (CloudFront serves only https, where
    // the cookie has its __Host- prefix), so a signed-in caller's answer never reaches anyone else;
    // no header the API reads changes a GET's answer. CloudFront compresses what it serves.
    const apiCache = new CachePolicy(stack, 'ApiCache', {
      comment: 'Kaiutin API: as the origin Cache-Control says, per session',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(300),
      cookieBehavior: CacheCookieBehavior.allowList(sessionCookieName('https://')),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.distribution = new Distribution(stack, 'Cdn', {
      defaultRootObject: 'index.html',
      enableLogging: true,
      logBucket: accessLogs,
      logFilePrefix: 'cloudfront/',
      // CloudFront keeps these errors 10 s by default even when the origin says no-store, and an
      // anonymous one is keyed by path and query alone: a 503 in a throttle, or a 400 a caller
      // provoked with unkeyed input, would reach every reader. None is kept.
      errorResponses: CACHED_ERROR_STATUSES.map((httpStatus) => ({ httpStatus, ttl: Duration.seconds(0) })),
      ...(config.domainName && config.certificateArn
        ? {
            domainNames: [config.domainName],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            certificate: Certificate.fromCertificateArn(stack, 'Certificate', config.certificateArn),
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(webBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(stack, 'SpaRouting', {
              code: FunctionCode.fromInline(spaRouting),
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(api.domainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            // A dynamic reference: CloudFormation puts in the value at deploy time, the template
            // holds only the secret's ARN.
            customHeaders: { [ORIGIN_SECRET_HEADER]: api.originSecret.secretValue.unsafeUnwrap() },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: apiCache,
          originRequestPolicy: apiOriginRequest,
          responseHeadersPolicy: headers,
        },
      },
    });
    new BucketDeployment(stack, 'WebContent', {
      sources: [Source.asset(webRoot ?? webDist)],
      destinationBucket: webBucket,
      distribution: this.distribution,
    });
    this.publicBaseUrl = `https://${config.domainName ?? this.distribution.distributionDomainName}`;
  }
}
