// What the game can make heard, as an interface: the audio adapter plays it, the page always shows a
// caption for it (see App.cue), so nothing is only heard.
export type Cue = "phase" | "breach" | "timer" | "warning";

export interface SoundOut {
  cue(kind: Cue): void;
  roomTone(on: boolean): void;
  /** Reads a line aloud with the browser's speech synthesis, in the scenario's language. */
  speak(text: string, lang: "nl" | "en"): void;
  /** A voice-over file of the scenario (a path under assets/); false when it cannot be played. */
  voice(path: string): boolean;
  stopSpeaking(): void;
  /** Settings changed (volume, mute): apply them to what is playing. */
  refresh(): void;
}

export const silent: SoundOut = {
  cue() {},
  roomTone() {},
  speak() {},
  voice: () => false,
  stopSpeaking() {},
  refresh() {},
};
