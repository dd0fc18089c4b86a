// Parameters for infra/main.bicep. Fill in the ids; the secrets come from the environment so that they
// never land in a file: export WEGWIJS_BOT_PASSWORD and WEGWIJS_ADMIN_TOKEN before deploying.
using 'main.bicep'

param name = 'wegwijs'
param tenantId = '<your Entra tenant id>'
param botAppId = '<application (client) id of the bot app registration>'
param botPassword = readEnvironmentVariable('WEGWIJS_BOT_PASSWORD')
param adminToken = readEnvironmentVariable('WEGWIJS_ADMIN_TOKEN')
param adminAadIds = ''
param storage = 'azure-tables'
param planSku = 'B1'
param instances = 1
param scheduler = 'on'
param alertEmail = ''
