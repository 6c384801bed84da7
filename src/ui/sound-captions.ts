// What the game can make heard, as an interface: the audio adapter plays it, the page always shows a caption.
export type Cue = "phase" | "breach" | "timer";

export interface SoundOut {
  cue(kind: Cue): void;
  roomTone(on: boolean): void;
  speak(text: string, lang: "nl" | "en"): void;
  /** A voice-over file of the scenario (a path under assets/). */
  voice(path: string): void;
  stopSpeaking(): void;
}

export const silent: SoundOut = { cue() {}, roomTone() {}, speak() {}, voice() {}, stopSpeaking() {} };
