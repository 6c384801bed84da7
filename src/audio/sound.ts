// Sound through Howler: a quiet room tone, a chime at phase changes, a low muted tone on a breach, a tick
// when an urge's window opens and a soft two-note warning when a phase runs over. The files are made
// with sox (assets/audio/make.sh) and bundled, so nothing is fetched from elsewhere. Each channel (room,
// cues, voice) has its own volume and mute, read from the remembered settings every time. Voice-over
// files come from the scenario; without them the browser's speech synthesis can read lines aloud.
import { Howl, Howler } from "howler";
import breachUrl from "../../assets/audio/breach.ogg?url";
import chimeUrl from "../../assets/audio/chime.ogg?url";
import roomUrl from "../../assets/audio/room-tone.ogg?url";
import tickUrl from "../../assets/audio/tick.ogg?url";
import warningUrl from "../../assets/audio/warning.ogg?url";
import type { Settings } from "../ui/save.ts";
import type { Cue, SoundOut } from "../ui/sound-captions.ts";

// Voice-over files a scenario may name (paths under assets/): only files bundled with the game can play.
const VOICES = import.meta.glob("../../assets/**/*.{ogg,mp3}", {
  eager: true,
  query: "?url",
  import: "default",
}) as Record<string, string>;

export function voiceUrl(path: string): string | undefined {
  if (path.includes("..")) return undefined;
  return VOICES[`../../assets/${path.replace(/^\/+/, "")}`];
}

const CUE_URLS: Record<Cue, string> = {
  phase: chimeUrl,
  breach: breachUrl,
  timer: tickUrl,
  warning: warningUrl,
};

export function createSound(settings: () => Settings): SoundOut {
  const make = (src: string, loop = false) => new Howl({ src: [src], format: ["ogg"], loop, preload: true });
  // Made on first use: the menu loads no sound at all.
  const cues = new Map<Cue, Howl>();
  let room: Howl | null = null;
  let roomWanted = false;
  let voice: Howl | null = null;
  const roomVolume = () => settings().volume.room * 0.5;

  const applyRoom = () => {
    const s = settings();
    if (roomWanted && !s.muted.room && s.volume.room > 0) {
      room ??= make(roomUrl, true);
      room.volume(roomVolume());
      if (!room.playing()) room.play();
    } else room?.stop();
  };

  return {
    cue(kind) {
      const s = settings();
      if (s.muted.cues || s.volume.cues === 0) return;
      let h = cues.get(kind);
      if (!h) {
        h = make(CUE_URLS[kind]);
        cues.set(kind, h);
      }
      h.volume(s.volume.cues);
      h.play();
    },
    roomTone(on) {
      roomWanted = on;
      applyRoom();
    },
    speak(text, lang) {
      const s = settings();
      if (s.muted.voice || typeof speechSynthesis === "undefined") return;
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang === "nl" ? "nl-NL" : "en-GB";
      const v = speechSynthesis.getVoices().find((x) => x.lang.toLowerCase().startsWith(lang));
      if (v) u.voice = v;
      u.volume = s.volume.voice;
      speechSynthesis.speak(u);
    },
    voice(path) {
      const s = settings();
      const url = voiceUrl(path);
      if (s.muted.voice || !url) return false;
      voice?.unload();
      voice = new Howl({ src: [url], volume: s.volume.voice });
      voice.play();
      return true;
    },
    stopSpeaking() {
      if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
      voice?.unload();
      voice = null;
    },
    refresh() {
      applyRoom();
      Howler.volume(1);
    },
  };
}
