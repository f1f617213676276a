/** A hosted version the rollout wrote or reused: written to AWS, so always reported. */
export interface WrittenVersion {
  readonly number: number
  readonly label: string | undefined
  /** True when the latest hosted version already held this content and was reused. */
  readonly reused: boolean
  /**
   * The label and description as typed, where AppConfig's headers took their ASCII spelling
   * instead (toHeaderText); the summary shows both. Absent when nothing was respelled.
   */
  readonly respelled?: {
    readonly label?: { readonly typed: string; readonly sent: string }
    readonly description?: { readonly typed: string; readonly sent: string }
  }
}
