// The fake WeCom server lives beside the mock WeChat world (replays and the sandbox use it too).
export { fakeWecom, type FakeWecom, type Frame, type Sent } from '../../src/chat/mock/wecom-server.js';
