/** AppConfig's documented behaviour the rollout and the incident modes rely on, in AWS's words. */

/** AppConfig user guide, "Reverting a configuration". */
export const REVERT_IGNORES_ALARMS =
  'Reverting also ignores alarm monitors, which may prevent a roll forward from progressing during an application emergency.'

/** AppConfig user guide, "Reverting a configuration": the window. */
export const REVERT_WINDOW_QUOTE =
  'AWS AppConfig will revert the deployment only if the deployment succeeded within the last 72 hours. After 72 hours, the deployment can no longer be reverted. You must create a new deployment.'

/** AppConfig user guide, "Monitoring deployments for automatic rollback". */
export const ALARM_ROLLS_BACK =
  'if one or more CloudWatch alarms go into the ALARM or INSUFFICIENT_DATA state during a deployment, AWS AppConfig automatically rolls back your configuration data to the previous version'

/** The same page: the one way to deploy while an alarm fires. */
export const DISABLED_ACTIONS_DO_NOT_ROLL_BACK =
  "A deployment doesn't automatically roll back if actions have been disabled in an associated CloudWatch alarm."

/** AppConfig's revert window, in hours. */
export const REVERT_WINDOW_HOURS = 72
