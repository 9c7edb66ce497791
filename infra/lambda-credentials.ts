import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for the AWS SDK's default credential chain in the Lambda bundles (see
 * infra/bundling.ts). Lambda gives every function its role's credentials in the environment, the
 * first link of that chain, so the others (profiles, SSO, web identity, container and instance
 * metadata, with the STS and SSO clients they load) are never used there, only loaded.
 */
export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
