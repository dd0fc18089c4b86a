// Alerts for Wegwijs, by e-mail: an instance not ready, server errors, failed leerruimte deliveries.
// Deployed by main.bicep when alertEmail is set. docs/operations.md says what to do when one fires.

param name string
param alertEmail string
param webAppId string
param appInsightsId string
param location string

resource team 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: '${name}-alerts'
  location: 'global'
  properties: {
    groupShortName: take(name, 12)
    enabled: true
    emailReceivers: [
      { name: 'beheer', emailAddress: alertEmail, useCommonAlertSchema: true }
    ]
  }
}

// App Service's health check (GET /readyz) reports the share of healthy instances; below 100 for 10
// minutes means knowledge or storage is failing somewhere.
resource notReady 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${name}-not-ready'
  location: 'global'
  properties: {
    description: 'An instance answers /readyz with 503 (knowledge or storage not usable).'
    severity: 1
    enabled: true
    scopes: [webAppId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'health'
          metricName: 'HealthCheckStatus'
          operator: 'LessThan'
          threshold: 100
          timeAggregation: 'Average'
        }
      ]
    }
    actions: [{ actionGroupId: team.id }]
  }
}

// Wegwijs answers bad input with 4xx; a 5xx is a bug or an outage.
resource serverErrors 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${name}-5xx'
  location: 'global'
  properties: {
    description: 'More than 5 HTTP 5xx responses in 15 minutes.'
    severity: 2
    enabled: true
    scopes: [webAppId]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'http5xx'
          metricName: 'Http5xx'
          operator: 'GreaterThan'
          threshold: 5
          timeAggregation: 'Total'
        }
      ]
    }
    actions: [{ actionGroupId: team.id }]
  }
}

// The custom metric Wegwijs sends per leerruimte cycle (src/telemetry/azure-monitor.ts).
resource failedDeliveries 'Microsoft.Insights/scheduledQueryRules@2023-03-15-preview' = {
  name: '${name}-leerruimte-failed'
  location: location
  kind: 'LogAlert'
  properties: {
    description: 'Leerruimte prompts that failed to post in the last hour (they are retried next cycle).'
    severity: 3
    enabled: true
    scopes: [appInsightsId]
    evaluationFrequency: 'PT1H'
    windowSize: 'PT1H'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "wegwijs.leerruimte.deliveries" and tostring(customDimensions.outcome) == "failed" | summarize failed = sum(valueSum)'
          timeAggregation: 'Total'
          metricMeasureColumn: 'failed'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [team.id] }
  }
}
