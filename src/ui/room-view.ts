// What the meeting screen tells the drawn room. The Phaser scene implements it; tests use a stand-in.
export interface RoomPerson {
  id: string;
  name: string;
  ring: "inner" | "outer" | "facilitator";
  openness?: number;
  emotion?: string;
  trainee?: boolean;
}

export interface RoomState {
  people: RoomPerson[];
  speaker: string | null;
  reacting: string | null;
}

export interface RoomView {
  show(state: RoomState): void;
  hide(): void;
}

export const noRoom: RoomView = { show() {}, hide() {} };
