// Wegwijs on Azure: App Service (Linux, Node 22 LTS), Azure Bot with the Teams channel, Storage account
// for Azure Tables, Key Vault for the secrets, Application Insights on a Log Analytics workspace, and
// alerts. Deploy into a resource group:
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
// docs/deploy-azure.md walks through it from an empty subscription; docs/operations.md covers running it.
// Not compiled on the machine this was written on (no Bicep CLI there): `az bicep build -f infra/main.bicep`
// and `az deployment group what-if` check it before the first deployment.

targetScope = 'resourceGroup'

@description('Short name used to derive resource names (letters and digits, 3-12).')
@minLength(3)
@maxLength(12)
param name string = 'wegwijs'

@description('Azure region for everything except the Azure Bot (global).')
param location string = resourceGroup().location

@description('Entra ID tenant of the organisation: the bot is single-tenant and only this tenant is answered.')
param tenantId string = subscription().tenantId

@description('Application (client) id of the bot\'s Entra ID app registration.')
param botAppId string

@description('Client secret of that app registration; stored in Key Vault, never as a plain app setting.')
@secure()
param botPassword string

@description('Bearer token for the admin endpoints (at least 24 characters); stored in Key Vault.')
@secure()
@minLength(24)
param adminToken string

@description('Comma-separated Entra object ids of Wegwijs admins (ADMIN_AAD_IDS).')
param adminAadIds string = ''

@description('Where Wegwijs keeps its documents: azure-tables (any number of instances) or sqlite (one instance, a file under /home).')
@allowed(['azure-tables', 'sqlite'])
param storage string = 'azure-tables'

@description('App Service plan SKU. B1 is enough for one region; P0v3 or higher for zone redundancy and more memory.')
param planSku string = 'B1'

@description('Instances of the web app. More than one needs storage=azure-tables.')
@minValue(1)
@maxValue(10)
param instances int = 1

@description('Leerruimte trigger: on = the in-process scheduler (needs Always On); off = an external timer calls POST /api/intervision/dispatch.')
@allowed(['on', 'off'])
param scheduler string = 'on'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('E-mail address for alerts; empty creates no alerts.')
param alertEmail string = ''

var suffix = uniqueString(resourceGroup().id, name)
var webAppName = '${name}-${suffix}'
// Storage account and Key Vault names are global: at most 24 characters, the Storage one lower-case alphanumerics.
var storageName = take(toLower('${name}${suffix}'), 24)
var vaultName = take('${name}-kv-${suffix}', 24)
var hostName = '${webAppName}.azurewebsites.net'
// Key Vault Secrets User (built-in role): read secret values.
var secretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var keyVaultRef = 'VaultName=${vault.name};SecretName='

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: 90
  }
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Wegwijs connects with the account's connection string (kept in Key Vault).
    allowSharedKeyAccess: true
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-password'
  properties: { value: botPassword }
}

resource adminTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'admin-token'
  properties: { value: adminToken }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storageAccount.name};AccountKey=${storageAccount.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instances
  }
  properties: {
    // Linux plan.
    reserved: true
  }
}

var storageSettings = storage == 'azure-tables'
  ? [
      { name: 'STORAGE', value: 'azure-tables' }
      { name: 'AZURE_STORAGE_CONNECTION_STRING', value: '@Microsoft.KeyVault(${keyVaultRef}${storageSecret.name})' }
      { name: 'AZURE_TABLE_PREFIX', value: 'wegwijs' }
    ]
  : [
      { name: 'STORAGE', value: 'sqlite' }
      // /home is the app's persistent storage on App Service (kept across restarts and deployments).
      { name: 'DATA_DIR', value: '/home/data' }
      { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
    ]

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      // The in-process leerruimte scheduler and the hourly retention sweep need a process that stays up.
      alwaysOn: true
      // App Service takes an instance out of the load balancer when this fails (knowledge or storage down).
      healthCheckPath: '/readyz'
      appCommandLine: 'node --disable-warning=DEP0111 dist/src/main.js'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(
        [
          { name: 'NODE_ENV', value: 'production' }
          { name: 'MicrosoftAppId', value: botAppId }
          { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(${keyVaultRef}${botPasswordSecret.name})' }
          { name: 'MicrosoftAppType', value: 'SingleTenant' }
          { name: 'MicrosoftAppTenantId', value: tenantId }
          { name: 'ALLOWED_TENANTS', value: tenantId }
          { name: 'ADMIN_TOKEN', value: '@Microsoft.KeyVault(${keyVaultRef}${adminTokenSecret.name})' }
          { name: 'ADMIN_AAD_IDS', value: adminAadIds }
          { name: 'SCHEDULER', value: scheduler }
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
          // The zip carries dist/; App Service installs the runtime dependencies for its own Node 22 and
          // glibc (better-sqlite3 is native) with exactly the lock file's versions.
          { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
          { name: 'CUSTOM_BUILD_COMMAND', value: 'npm ci --omit=dev' }
        ],
        storageSettings
      )
    }
  }
}

resource webAppCanReadSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webApp.id, secretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Console output (pino's JSON lines) and HTTP logs to the workspace, next to the telemetry.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: webApp
  properties: {
    workspaceId: workspace.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Wegwijs'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

module alerts 'alerts.bicep' = if (alertEmail != '') {
  name: 'alerts'
  params: {
    name: name
    alertEmail: alertEmail
    webAppId: webApp.id
    appInsightsId: appInsights.id
    location: location
  }
}

output webAppName string = webApp.name
output hostName string = hostName
output messagingEndpoint string = 'https://${hostName}/api/messages'
output botName string = bot.name
output keyVaultName string = vault.name
output storageAccountName string = storageAccount.name
output appInsightsName string = appInsights.name
