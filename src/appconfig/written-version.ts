/** A hosted version the rollout wrote or reused: written to AWS, so always reported. */
export interface WrittenVersion {
  readonly number: number
  readonly label: string | undefined
  /** True when the latest hosted version already held this content and was reused. */
  readonly reused: boolean
}
