import { createApp } from 'vue';
import 'iom-widgets/loader';
import App from './App.vue';

createApp(App).mount('#app');
